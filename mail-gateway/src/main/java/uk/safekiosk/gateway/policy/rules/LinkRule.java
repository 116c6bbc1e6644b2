package uk.safekiosk.gateway.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.rules.ScannedMessage.ScannedText;
import uk.safekiosk.gateway.text.LinkView;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * LINK: a web address (with or without http/www, also "roblox dot com") whose host is not one of the vetted sites.
 * Looks at link targets (href, src) too. Email domains are the email rule's business.
 */
final class LinkRule extends GatewayRule {

    // Possessive quantifiers: no backtracking, whatever the input.
    private static final Pattern WEB = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"'()\\[\\]]++");
    private static final Pattern BARE = Pattern.compile(
            "(?<![a-z0-9@._%+-])(?:[a-z0-9-]++\\.)++([a-z]{2,24}+)(?![a-z0-9@-])");

    private final Set<String> tlds;
    private final Set<String> allowedHosts;

    LinkRule(TextNormaliser normaliser, Set<String> tlds, Set<String> allowedHosts) {
        super("link", ReasonCode.LINK, normaliser);
        this.tlds = Set.copyOf(tlds);
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    @Override
    public List<Finding> inspect(ScannedMessage message) {
        List<Finding> found = new ArrayList<>();
        for (ScannedText text : message.texts()) {
            LinkView view = text.text().linkView();
            String s = view.text();
            if (s.indexOf('.') < 0) {
                continue;
            }
            List<int[]> spans = new ArrayList<>();
            Matcher web = WEB.matcher(s);
            while (web.find()) {
                spans.add(new int[] {web.start(), web.end()});
                if (!isAllowed(hostOf(web.group()))) {
                    found.add(finding(text, view.originalStart(web.start()), view.originalEnd(web.end())));
                }
            }
            Matcher bare = BARE.matcher(s);
            while (bare.find()) {
                int start = bare.start();
                boolean insideWeb = spans.stream().anyMatch(span -> start >= span[0] && start < span[1]);
                if (!insideWeb && tlds.contains(bare.group(1)) && !isAllowed(bare.group())) {
                    found.add(finding(text, view.originalStart(start), view.originalEnd(bare.end())));
                }
            }
        }
        return found;
    }

    private boolean isAllowed(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (true) {
            if (allowedHosts.contains(h)) {
                return true;
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                return false;
            }
            h = h.substring(dot + 1);
        }
    }

    static String hostOf(String url) {
        String rest = url.replaceFirst("^https?://", "");
        int end = rest.length();
        for (char stop : new char[] {'/', ':', '?', '#'}) {
            int at = rest.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String host = rest.substring(0, end);
        int userInfo = host.lastIndexOf('@');
        return userInfo >= 0 ? host.substring(userInfo + 1) : host;
    }
}
