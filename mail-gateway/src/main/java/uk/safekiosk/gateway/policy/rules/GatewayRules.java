package uk.safekiosk.gateway.policy.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.gateway.policy.ReasonCode;
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
        return build(content, normaliser, reason -> true, true);
    }

    /**
     * Only the rules for {@code reasons} that apply lists a school can read, without the trained second opinion: for
     * a short text that is not a message (a search query), which gives a model learnt from messages too little to go
     * on. Lists no such rule needs are not read.
     */
    public static List<GatewayRule> listRulesFor(ContentSource content, TextNormaliser normaliser,
            Set<ReasonCode> reasons) {
        return build(content, normaliser, reasons::contains, false);
    }

    private static List<GatewayRule> build(ContentSource content, TextNormaliser normaliser,
            Predicate<ReasonCode> wanted, boolean withModel) {
        Lists lists = new Lists(content, normaliser,
                PhraseGroups.parse(DIR + "groups.txt", content.listLines(DIR + "groups.txt"), normaliser));
        Set<String> tlds = Set.copyOf(content.listLines(DIR + "tlds.txt"));
        Supplier<PhraseList> wordAllow = memo(() -> lists.grouped("word-allow.txt", Stars.IGNORE));
        List<Candidate> all = List.of(
                rule(ReasonCode.SELFHARM, () -> new SelfHarmRule(normaliser,
                        lists.grouped("selfharm.txt", Stars.MATCH))),
                rule(ReasonCode.SELFHARM, () -> new DisclosureRule(normaliser, lists.disclosureCues(),
                        lists.words("disclosure-negators.txt"))),
                new Candidate(ReasonCode.SELFHARM, true,
                        () -> new DisclosureModelRule(normaliser, lists.disclosureModel())),
                rule(ReasonCode.PHONE, () -> new PhoneRule(normaliser)),
                rule(ReasonCode.POSTCODE, () -> new PostcodeRule(normaliser,
                        PostcodeFormats.fromContent(content, normaliser))),
                rule(ReasonCode.ADDRESS, () -> new AddressRule(normaliser,
                        AddressWords.fromContent(content, normaliser))),
                rule(ReasonCode.EMAIL, () -> new EmailRule(normaliser, tlds)),
                rule(ReasonCode.SOCIAL, () -> new SocialRule(normaliser, lists.grouped("social.txt", Stars.IGNORE),
                        lists.grouped("social-platforms.txt", Stars.IGNORE), lists.words("social-handle-words.txt"))),
                rule(ReasonCode.MEET, () -> new MeetRule(normaliser, new MeetRule.Lists(
                        lists.grouped("meet.txt", Stars.IGNORE),
                        lists.grouped("meet-if-outside.txt", Stars.IGNORE),
                        lists.grouped("meet-places.txt", Stars.IGNORE),
                        lists.grouped("meet-times.txt", Stars.IGNORE),
                        lists.grouped("meet-school.txt", Stars.IGNORE)))),
                rule(ReasonCode.PASSWORD, () -> new PasswordRule(normaliser,
                        lists.grouped("password.txt", Stars.IGNORE),
                        lists.grouped("password-allow.txt", Stars.IGNORE))),
                rule(ReasonCode.LINK, () -> new LinkRule(normaliser, tlds, LinkHosts.allowed(content))),
                rule(ReasonCode.OFFENSIVE, () -> new OffensiveRule(normaliser,
                        lists.grouped("offensive.txt", Stars.MATCH), wordAllow.get())),
                rule(ReasonCode.BULLYING, () -> new BullyingRule(normaliser,
                        lists.withGroups("bullying.txt", "bullying-groups.txt", Stars.MATCH)
                                .plus(lists.withGroups("bullying-grammar.txt", "bullying-groups.txt", Stars.MATCH)),
                        wordAllow.get().plus(lists.withGroups("bullying-allow.txt", "bullying-groups.txt",
                                Stars.IGNORE)))),
                rule(ReasonCode.ATTACHMENT, () -> new AttachmentRule(normaliser)),
                rule(ReasonCode.MALFORMED, () -> new MalformedRule(normaliser)));
        return all.stream()
                .filter(candidate -> wanted.test(candidate.reason()) && (withModel || !candidate.trained()))
                .map(candidate -> candidate.rule().get())
                .toList();
    }

    /** A rule not yet built: only the wanted ones are, so only the lists they need are read. */
    private record Candidate(ReasonCode reason, boolean trained, Supplier<GatewayRule> rule) {
    }

    private static Candidate rule(ReasonCode reason, Supplier<GatewayRule> rule) {
        return new Candidate(reason, false, rule);
    }

    /** Read once, and only if a rule that is built needs it. */
    private static <T> Supplier<T> memo(Supplier<T> read) {
        List<T> once = new ArrayList<>(1);
        return () -> {
            if (once.isEmpty()) {
                once.add(read.get());
            }
            return once.getFirst();
        };
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
