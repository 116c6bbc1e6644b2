package uk.safekiosk.gateway.policy.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.rules.ScannedMessage.ScannedText;
import uk.safekiosk.gateway.text.NormalisedText;
import uk.safekiosk.gateway.text.PhraseList;
import uk.safekiosk.gateway.text.PhraseMatch;
import uk.safekiosk.gateway.text.TextNormaliser;
import uk.safekiosk.gateway.text.Token;

/**
 * SOCIAL: a social-media or game handle, an invitation to connect ("add me", "snap me", "join our whatsapp"), or
 * asking for someone's handle. A platform named with no handle or invitation ("my cousin plays fortnite") is fine.
 */
final class SocialRule extends GatewayRule {

    /** How many words after a platform name a handle may come ("my roblox name is SuperSlothSquad"). */
    private static final int HANDLE_REACH = 8;
    private static final Pattern AT_HANDLE =
            Pattern.compile("(?<![\\p{L}\\p{N}_@.])@[\\p{L}\\p{N}_][\\p{L}\\p{N}_.]{2,}+");
    private static final Pattern TAG = Pattern.compile("(?<![\\p{L}\\p{N}_])[\\p{L}\\p{N}_.]{2,32}+#\\d{4}(?!\\d)");
    private static final Pattern CHUNK = Pattern.compile("\\S++");
    private static final Pattern DOTTED = Pattern.compile("[\\p{L}\\p{N}]+(?:[._][\\p{L}\\p{N}]+)+");
    private static final Pattern LETTERS_THEN_DIGITS = Pattern.compile("\\p{L}[\\p{L}_.]{2,}\\p{N}[\\p{L}\\p{N}_.]*");
    private static final Pattern CAMEL = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}_]*");

    /** How many words just before a platform name may make a handle after it the child's own ("my snap"). */
    private static final int OWNER_REACH = 2;
    private static final String IS = ":";

    private final PhraseList invitations;
    private final PhraseList platforms;
    private final Set<String> handleWords;

    SocialRule(TextNormaliser normaliser, PhraseList invitations, PhraseList platforms, Set<String> handleWords) {
        super("social", ReasonCode.SOCIAL, normaliser);
        this.invitations = invitations;
        this.platforms = platforms;
        this.handleWords = Set.copyOf(handleWords);
    }

    @Override
    void inspectText(ScannedText text, List<Finding> into) {
        NormalisedText t = text.text();
        for (PhraseMatch match : invitations.find(t)) {
            into.add(finding(text, match.start(), match.end()));
        }
        if (t.original().indexOf('@') >= 0) {
            addAll(text, AT_HANDLE.matcher(t.original()), into);
        }
        if (t.original().indexOf('#') >= 0) {
            addAll(text, TAG.matcher(t.original()), into);
        }
        List<PhraseMatch> named = platforms.find(t);
        for (PhraseMatch platform : named) {
            handleAfter(text, platform, named, into);
        }
    }

    private void addAll(ScannedText text, Matcher m, List<Finding> into) {
        while (m.find()) {
            into.add(finding(text, m.start(), m.end()));
        }
    }

    /** A handle-shaped word within a few words after a platform name, in the same sentence. */
    private void handleAfter(ScannedText text, PhraseMatch platform, List<PhraseMatch> named, List<Finding> into) {
        String original = text.text().original();
        int limit = sentenceEnd(original, platform.end());
        Matcher chunk = CHUNK.matcher(original).region(platform.end(), limit);
        for (int seen = 0; seen < HANDLE_REACH && chunk.find(); seen++) {
            int start = chunk.start();
            int end = chunk.end();
            while (end > start && isTrailingMark(original.charAt(end - 1))) {
                end--;
            }
            while (start < end && isLeadingMark(original.charAt(start))) {
                start++;
            }
            int s = start;
            int e = end;
            if (e > s && named.stream().noneMatch(p -> p.overlaps(s, e)) && isHandle(original.substring(s, e))
                    && isOwnOrInvited(text.text().words(), platform, s)) {
                into.add(finding(text, platform.start(), e));
                return;
            }
        }
    }

    /** "my snap is x", "roblox name: x", "snap me → x", not "on youtube i watch DanTDM". */
    private boolean isOwnOrInvited(List<Token> words, PhraseMatch platform, int handleStart) {
        int before = 0;
        for (int i = words.size() - 1; i >= 0; i--) {
            Token t = words.get(i);
            if (t.start() >= platform.end() && t.end() <= handleStart
                    && (t.text().equals(IS) || handleWords.contains(t.text()))) {
                return true;
            }
            if (t.end() <= platform.start() && before++ < OWNER_REACH && handleWords.contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    static boolean isHandle(String word) {
        return DOTTED.matcher(word).matches() || LETTERS_THEN_DIGITS.matcher(word).matches()
                || CAMEL.matcher(word).matches();
    }

    private static int sentenceEnd(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (k + 1 == s.length()
                    || Character.isWhitespace(s.charAt(k + 1))))) {
                return k;
            }
        }
        return s.length();
    }

    private static boolean isTrailingMark(char c) {
        return ",;:!?)\"'".indexOf(c) >= 0 || c == '.';
    }

    private static boolean isLeadingMark(char c) {
        return "(\"':\u2192>-".indexOf(c) >= 0;
    }
}
