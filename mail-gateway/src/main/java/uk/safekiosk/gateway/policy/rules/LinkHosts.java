package uk.safekiosk.gateway.policy.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import uk.safekiosk.content.ContentSource;

/** Hosts a link may point to: {@code gateway/link-allow.txt} and the hosts of the vetted search sites. */
final class LinkHosts {

    private LinkHosts() {
    }

    static Set<String> allowed(ContentSource content) {
        Set<String> hosts = new HashSet<>();
        content.listLines("gateway/link-allow.txt").forEach(h -> hosts.add(clean(h)));
        content.text("search/sites.csv").ifPresent(csv -> hosts.addAll(SitesCsv.hosts(csv)));
        return Set.copyOf(hosts);
    }

    /** "WWW.BBC.co.uk " and "bbc.co.uk" are the same host. */
    static String clean(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
