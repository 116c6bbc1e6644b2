package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static uk.safekiosk.gateway.policy.rules.RuleFixture.matchedBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.text.NormalisedText;
import uk.safekiosk.gateway.text.TextNormaliser;

/** The trained second opinion: what the shipped model adds, and how a model file is read and switched off. */
class DisclosureModelRuleTest {

    private static final TextNormaliser NORMALISER = TextNormaliser.fromContent(ContentSource.defaults());

    private static MessageView message(String body) {
        return MessageView.ofPlainText("pupil@school", List.of("friend@school"), "", body);
    }

    @Test
    void theListRulesForShortTextsLeaveOnlyTheModelOut() {
        List<String> all = GatewayRules.fromContent(ContentSource.defaults(), NORMALISER).stream()
                .filter(rule -> rule.reason() == ReasonCode.SELFHARM).map(GatewayRule::id).toList();
        List<String> lists = GatewayRules.listRulesFor(ContentSource.defaults(), NORMALISER,
                Set.of(ReasonCode.SELFHARM)).stream().map(GatewayRule::id).toList();

        assertThat(all).contains("disclosure-model");
        assertThat(lists).isNotEmpty().doesNotContain("disclosure-model")
                .containsExactlyElementsOf(all.stream().filter(id -> !id.equals("disclosure-model")).toList());
    }

    private static GatewayRule ruleFrom(ContentSource content, String id) {
        return GatewayRules.fromContent(content, TextNormaliser.fromContent(content)).stream()
                .filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my mums boyfriend twists my ear until i cry",
            "i hide in the wardrobe when dad comes home drunk",
            "i keep thinking everyone would be happier if i was gone",
            "a man from fortnite wants me to keep our chats secret from my mum",
            "i bite my arm until it bleeds when i feel bad",
            "my step dad locks me in the shed when im naughty",
            "im scared to go home because of what he does",
            "mum's friend said i'm special and sends me kisses on whatsapp but said dont say"})
    void escalatesDisclosuresInNewWords(String text) {
        assertThat(matchedBy("disclosure-model", text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we are going to the zoo on saturday with my nan",
            "my dad made pancakes for breakfast",
            "i scored two goals at football today",
            "can you help me with my spelling homework",
            "my cat had kittens last night, they are so tiny",
            "mum says we can have a sleepover next weekend",
            "i fell off the monkey bars and grazed my knee but im ok",
            "my brother is annoying he keeps taking my lego"})
    void leavesEverydayMessagesAlone(String text) {
        assertThat(matchedBy("disclosure-model", text)).isEmpty();
    }

    @Test
    void findingCoversTheWordsOfThePartThatScored() {
        DisclosureModelRule rule = new DisclosureModelRule(NORMALISER,
                DisclosureModel.parse("test", List.of("threshold\t0.5", "bias\t-1", "w:parcel\t10")));

        List<Finding> found = rule.inspect(message("  a parcel came!  "));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(ReasonCode.SELFHARM);
            assertThat(f.ruleId()).isEqualTo("disclosure-model");
            assertThat(f.matched()).isEqualTo("a parcel came");
        });
        assertThat(rule.inspect(message("a letter came"))).isEmpty();
    }

    @Test
    void aSchoolCanSwitchTheModelOffButNotTheLists(@TempDir Path dataDir) throws IOException {
        Path model = dataDir.resolve("content/gateway/disclosure-model.tsv");
        Files.createDirectories(model.getParent());
        Files.writeString(model, "# switched off by the school\nthreshold\toff\n");
        ContentSource school = ContentSource.withSchoolOverrides(dataDir);
        String text = "i hide in the wardrobe when dad comes home drunk. i want to die";

        assertThat(ruleFrom(school, "disclosure-model").inspect(message(text))).isEmpty();
        assertThat(ruleFrom(school, "selfharm").inspect(message(text))).isNotEmpty();
    }

    @Test
    void featuresTheTrainerNamesAreTheOnesTheRuleLooksUp() {
        NormalisedText text = NORMALISER.normalise("My step-dad h1ts me. Pl34se help!!");
        List<Integer> looked = new ArrayList<>();
        List<Integer> named = new ArrayList<>();

        DisclosureFeatures.of(text, looked::add);
        TrainDisclosureModel.FeatureNames.of(text, name -> named.add(DisclosureFeatures.slot(name)));

        assertThat(looked).isNotEmpty().isEqualTo(named);
    }

    @Test
    void aMessageScoresTheSameWhetherItsWordsAreNewOrAlreadySeen() {
        DisclosureModel model = DisclosureModel.parse("test.tsv", List.of("threshold\t1", "bias\t0", "w:hits\t2",
                "b:dad hits\t1.5", "c:<hi\t0.25", "w:help\t-0.5"));
        NormalisedText text = NORMALISER.normalise("my dad hits me. please help, he hits");
        double[] expected = {0};
        int[] count = {0};
        DisclosureFeatures.of(text, slot -> {
            expected[0] += model.weightAt(slot);
            count[0]++;
        });

        DisclosureModel.Sum first = model.sum(text);
        DisclosureModel.Sum again = model.sum(text);

        assertThat(first.weight()).isCloseTo(expected[0], within(1e-6)).isEqualTo(again.weight());
        assertThat(first.count()).isEqualTo(count[0]).isEqualTo(again.count());
    }

    @Test
    void rejectsAModelWithoutAThreshold() {
        assertThatThrownBy(() -> DisclosureModel.parse("test.tsv", List.of("bias\t-1", "w:hurt\t2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
    }

    @Test
    void rejectsAWeightThatIsNotANumber() {
        assertThatThrownBy(() -> DisclosureModel.parse("test.tsv", List.of("threshold\t1", "bias\t0", "w:hurt\tlots")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lots");
    }
}
