package uk.safekiosk.gateway.policy.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.text.PhraseGroups;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.PhraseList.Stars;
import uk.safekiosk.gateway.text.TextNormaliser;

/** Builds the gateway's rules from the lists in {@code content/data/gateway/} (plus a school's additions). */
public final class GatewayRules {

    private static final String DIR = "gateway/";

    private GatewayRules() {
    }

    /** Every rule, in the order the chain runs them. */
    public static List<GatewayRule> fromContent(ContentSource content, TextNormaliser normaliser) {
        Lists lists = new Lists(content, normaliser,
                PhraseGroups.parse(DIR + "groups.txt", content.listLines(DIR + "groups.txt"), normaliser));
        Set<String> tlds = Set.copyOf(content.listLines(DIR + "tlds.txt"));
        PhraseList wordAllow = lists.grouped("word-allow.txt", Stars.IGNORE);
        return List.of(
                new SelfHarmRule(normaliser, lists.grouped("selfharm.txt", Stars.MATCH)),
                new DisclosureRule(normaliser, lists.disclosureCues(), lists.words("disclosure-negators.txt")),
                new DisclosureModelRule(normaliser, lists.disclosureModel()),
                new PhoneRule(normaliser),
                new PostcodeRule(normaliser, PostcodeFormats.fromContent(content, normaliser)),
                new AddressRule(normaliser, AddressWords.fromContent(content, normaliser)),
                new EmailRule(normaliser, tlds),
                new SocialRule(normaliser, lists.grouped("social.txt", Stars.IGNORE),
                        lists.grouped("social-platforms.txt", Stars.IGNORE), lists.words("social-handle-words.txt")),
                new MeetRule(normaliser, new MeetRule.Lists(lists.grouped("meet.txt", Stars.IGNORE),
                        lists.grouped("meet-if-outside.txt", Stars.IGNORE),
                        lists.grouped("meet-places.txt", Stars.IGNORE),
                        lists.grouped("meet-times.txt", Stars.IGNORE),
                        lists.grouped("meet-school.txt", Stars.IGNORE))),
                new PasswordRule(normaliser, lists.grouped("password.txt", Stars.IGNORE),
                        lists.grouped("password-allow.txt", Stars.IGNORE)),
                new LinkRule(normaliser, tlds, LinkHosts.allowed(content)),
                new OffensiveRule(normaliser, lists.grouped("offensive.txt", Stars.MATCH), wordAllow),
                new BullyingRule(normaliser, lists.withGroups("bullying.txt", "bullying-groups.txt", Stars.MATCH)
                        .plus(lists.withGroups("bullying-grammar.txt", "bullying-groups.txt", Stars.MATCH)),
                        wordAllow.plus(lists.withGroups("bullying-allow.txt", "bullying-groups.txt", Stars.IGNORE))),
                new AttachmentRule(normaliser),
                new MalformedRule(normaliser));
    }

    private record Lists(ContentSource content, TextNormaliser normaliser, PhraseGroups groups) {

        PhraseList grouped(String file, Stars stars) {
            return PhraseList.compile(DIR + file, content.listLines(DIR + file), normaliser, groups, stars);
        }

        /** A list that may also use the groups of {@code groupsFile} (on top of {@code groups.txt}). */
        PhraseList withGroups(String file, String groupsFile, Stars stars) {
            return PhraseList.compile(DIR + file, content.listLines(DIR + file), normaliser, groups(groupsFile),
                    stars);
        }

        /** Every disclosure cue list, with the groups of {@code disclosure-groups.txt}. */
        Map<Cue, PhraseList> disclosureCues() {
            PhraseGroups disclosureGroups = groups("disclosure-groups.txt");
            Map<Cue, PhraseList> cues = new EnumMap<>(Cue.class);
            for (Cue cue : Cue.values()) {
                // A missing list would quietly switch a kind of disclosure off.
                if (content.shippedText(cue.path()).isEmpty()) {
                    throw new IllegalStateException(cue.path() + " is missing from the shipped content");
                }
                cues.put(cue, PhraseList.compile(cue.path(), content.listLines(cue.path()), normaliser,
                        disclosureGroups, Stars.IGNORE));
            }
            return cues;
        }

        /** The school's own model replaces the shipped one whole: two models' weights do not add up. */
        DisclosureModel disclosureModel() {
            String path = DIR + "disclosure-model.tsv";
            String text = content.text(path)
                    .orElseThrow(() -> new IllegalStateException(path + " is missing from the shipped content"));
            return DisclosureModel.parse(path, text.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
        }

        private PhraseGroups groups(String groupsFile) {
            return groups.and(DIR + groupsFile, content.listLines(DIR + groupsFile), normaliser);
        }

        /** A list of single words, normalised the way text is. */
        Set<String> words(String file) {
            return content.listLines(DIR + file).stream().flatMap(line -> normaliser.words(line).stream())
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
