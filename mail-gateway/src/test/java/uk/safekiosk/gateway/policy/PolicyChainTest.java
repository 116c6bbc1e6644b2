package uk.safekiosk.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.message.AttachmentFact;
import uk.safekiosk.gateway.message.AttachmentKind;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.message.TextPart;

class PolicyChainTest {

    private static final PolicyChain CHAIN = PolicyChain.fromContent(ContentSource.defaults());
    private static final Properties WORDING = ContentSource.defaults().properties("wording/gateway_en.properties");

    @TempDir
    Path dataDir;

    private static MessageView message(String body) {
        return MessageView.ofPlainText("pupil@school", List.of("friend@school"), "", body);
    }

    private static MessageView withParts(List<TextPart> parts, List<AttachmentFact> attachments, List<String> defects) {
        return new MessageView("pupil@school", List.of("friend@school"), "", "", parts, attachments, defects);
    }

    @Test
    void deliversAnOrdinaryMessageWithNoFindings() {
        Verdict verdict = CHAIN.evaluate(message("we saw a rainbow on the way to school"));

        assertThat(verdict).isInstanceOf(Verdict.Deliver.class);
        assertThat(verdict.findings()).isEmpty();
        assertThat(verdict.explanation()).isEqualTo(WORDING.getProperty("verdict.deliver"));
    }

    @Test
    void blocksAPhoneNumberWithTheKindExplanationFromContent() {
        Verdict verdict = CHAIN.evaluate(message("my number is 07700 900 123"));

        assertThat(verdict).isInstanceOf(Verdict.Block.class);
        assertThat(verdict.reasons()).containsExactly(ReasonCode.PHONE);
        assertThat(verdict.explanation()).isEqualTo(WORDING.getProperty("verdict.block.PHONE"));
    }

    @Test
    void aChainInWelshFindsTheSameAndExplainsInWelsh() {
        Properties welsh = ContentSource.defaults().properties("wording/gateway_cy.properties");
        PolicyChain cymraeg = CHAIN.inLanguage(ContentSource.defaults(), Locale.of("cy"));

        Verdict verdict = cymraeg.evaluate(message("my number is 07700 900 123"));

        assertThat(verdict).isInstanceOf(Verdict.Block.class);
        assertThat(verdict.reasons()).containsExactly(ReasonCode.PHONE);
        assertThat(verdict.explanation()).isEqualTo(welsh.getProperty("verdict.block.PHONE"))
                .isNotEqualTo(WORDING.getProperty("verdict.block.PHONE"));
        assertThat(CHAIN.evaluate(message("my number is 07700 900 123")).explanation())
                .as("the English chain is unchanged").isEqualTo(WORDING.getProperty("verdict.block.PHONE"));
    }

    @Test
    void holdsSwearingForTheTeacher() {
        Verdict verdict = CHAIN.evaluate(message("this is sh1t"));

        assertThat(verdict).isInstanceOf(Verdict.Hold.class);
        assertThat(verdict.explanation()).isEqualTo(WORDING.getProperty("verdict.hold.OFFENSIVE"));
    }

    @Test
    void theStrongestVerdictWins() {
        assertThat(CHAIN.evaluate(message("ring 07700 900 123 you tw4t"))).isInstanceOf(Verdict.Hold.class);
        assertThat(CHAIN.evaluate(message("my dad hits me, call me on 07700 900 123")))
                .isInstanceOf(Verdict.Escalate.class)
                .satisfies(v -> assertThat(v.reasons()).contains(ReasonCode.SELFHARM, ReasonCode.PHONE));
    }

    @Test
    void escalationIsExplainedKindly() {
        Verdict verdict = CHAIN.evaluate(message("i want to hurt myself"));

        assertThat(verdict).isInstanceOf(Verdict.Escalate.class);
        assertThat(verdict.explanation()).isEqualTo(WORDING.getProperty("verdict.escalate.SELFHARM"))
                .doesNotContain("SELFHARM");
    }

    @Test
    void aSecondThingToTakeOutIsMentionedToo() {
        Verdict verdict = CHAIN.evaluate(message("ring 07700 900 123, i live at 8 Bluebell Grove"));

        assertThat(verdict.explanation())
                .startsWith(WORDING.getProperty("reason.PHONE"))
                .contains(WORDING.getProperty("also.ADDRESS"))
                .endsWith(WORDING.getProperty("verdict.block"));
    }

    @Test
    void inspectGivesSpansInTheBodyForTheLiveCheck() {
        String body = "hi! my number is 07700 900 123 and my postcode is HB6 1RT";

        List<Finding> findings = CHAIN.inspect(message(body));

        assertThat(findings).extracting(Finding::reason).contains(ReasonCode.PHONE, ReasonCode.POSTCODE);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.origin()).isEqualTo(TextOrigin.BODY);
            assertThat(body.substring(f.start(), f.end())).isEqualTo(f.matched());
        });
    }

    @Test
    void scansHiddenTextAltTextSubjectAndFileNames() {
        for (TextOrigin origin : List.of(TextOrigin.HIDDEN, TextOrigin.ALT_TEXT, TextOrigin.SUBJECT,
                TextOrigin.FILE_NAME)) {
            Verdict verdict = CHAIN.evaluate(withParts(List.of(new TextPart(TextOrigin.BODY, "hello"),
                    new TextPart(origin, "07700 900 123")), List.of(), List.of()));
            assertThat(verdict.findings()).as(origin.name()).singleElement()
                    .satisfies(f -> assertThat(f.origin()).isEqualTo(origin));
        }
    }

    @Test
    void linkTargetsAreOnlyForTheLinkAndEmailRules() {
        Verdict verdict = CHAIN.evaluate(withParts(List.of(
                new TextPart(TextOrigin.BODY, "look at this"),
                new TextPart(TextOrigin.LINK_TARGET, "https://games.example.com/shit/07700900123"),
                new TextPart(TextOrigin.LINK_TARGET, "mailto:kid@example.com")), List.of(), List.of()));

        assertThat(verdict.reasons()).containsExactlyInAnyOrder(ReasonCode.LINK, ReasonCode.EMAIL);
    }

    @Test
    void holdsAttachmentsAndMalformedMessages() {
        Verdict attached = CHAIN.evaluate(withParts(List.of(new TextPart(TextOrigin.BODY, "look")),
                List.of(new AttachmentFact(AttachmentKind.INLINE_IMAGE, "cat.png", "image/png", 10)), List.of()));
        Verdict broken = CHAIN.evaluate(withParts(List.of(new TextPart(TextOrigin.BODY, "hi")), List.of(),
                List.of("missing closing boundary")));

        assertThat(attached).isInstanceOf(Verdict.Hold.class);
        assertThat(attached.reasons()).containsExactly(ReasonCode.ATTACHMENT);
        assertThat(broken).isInstanceOf(Verdict.Hold.class);
        assertThat(broken.reasons()).containsExactly(ReasonCode.MALFORMED);
    }

    @Test
    void aSchoolCanChangeAVerdict() throws IOException {
        write("gateway/verdicts.properties", "LINK = HOLD\n");
        PolicyChain school = PolicyChain.fromContent(ContentSource.withSchoolOverrides(dataDir));

        Verdict verdict = school.evaluate(message("go to www.games.example.com"));

        assertThat(verdict).isInstanceOf(Verdict.Hold.class);
        assertThat(verdict.explanation()).isEqualTo(
                WORDING.getProperty("reason.LINK") + " " + WORDING.getProperty("verdict.hold"));
    }

    @Test
    void aReasonSetToDeliverIsNotReported() throws IOException {
        write("gateway/verdicts.properties", "LINK = DELIVER\n");
        PolicyChain school = PolicyChain.fromContent(ContentSource.withSchoolOverrides(dataDir));

        Verdict verdict = school.evaluate(message("go to www.games.example.com"));

        assertThat(verdict).isInstanceOf(Verdict.Deliver.class);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void aSchoolCanAddWordsWithoutRebuilding() throws IOException {
        assertThat(CHAIN.evaluate(message("you absolute flumplewort"))).isInstanceOf(Verdict.Deliver.class);
        write("gateway/offensive.txt", "# our own\nflumplewort\n");

        PolicyChain school = PolicyChain.fromContent(ContentSource.withSchoolOverrides(dataDir));

        assertThat(school.evaluate(message("you absolute flumpl3wort"))).isInstanceOf(Verdict.Hold.class);
    }

    @Test
    void vettedSearchSitesMayBeLinkedTo() throws IOException {
        write("search/sites.csv", "id,title,address,min_age,max_age,subjects\n"
                + "s1,\"Kids, science\",https://science.example.org/start,5,11,science\n");
        PolicyChain school = PolicyChain.fromContent(ContentSource.withSchoolOverrides(dataDir));

        assertThat(school.evaluate(message("see https://science.example.org/volcanoes")))
                .isInstanceOf(Verdict.Deliver.class);
        assertThat(school.evaluate(message("see https://other.example.org/volcanoes")))
                .isInstanceOf(Verdict.Block.class);
    }

    @Test
    void givesTheSameAnswersFromManyThreadsAtOnce() {
        List<MessageView> messages = List.of(message("hello"), message("07700 900 123"), message("sh1t"),
                message("i want to die"), message("meet me at the park at 6"), message("add me on snap"));
        List<String> expected = messages.stream().map(m -> CHAIN.evaluate(m).name()).toList();

        List<List<String>> runs = IntStream.range(0, 200).parallel()
                .mapToObj(i -> messages.stream().map(m -> CHAIN.evaluate(m).name()).toList())
                .toList();

        assertThat(runs).allSatisfy(run -> assertThat(run).isEqualTo(expected));
        assertThat(expected).containsExactly("DELIVER", "BLOCK", "HOLD", "ESCALATE", "BLOCK", "BLOCK");
    }

    private void write(String relative, String text) throws IOException {
        Path file = dataDir.resolve("content").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
