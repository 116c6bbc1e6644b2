package uk.safekiosk.gateway.policy.rules;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.safekiosk.content.CsvLine;

/**
 * Reads the hosts out of the vetted search sites file ({@code search/sites.csv}, header
 * {@code id,title,address,min_age,max_age,subjects}; fields may be quoted).
 */
final class SitesCsv {

    private static final String ADDRESS_COLUMN = "address";

    private SitesCsv() {
    }

    static Set<String> hosts(String csv) {
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return Set.of();
        }
        int column = CsvLine.split(lines.getFirst()).stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList()
                .indexOf(ADDRESS_COLUMN);
        if (column < 0) {
            throw new IllegalStateException("search/sites.csv: the header has no '" + ADDRESS_COLUMN + "' column");
        }
        Set<String> hosts = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = CsvLine.split(line);
            if (column < fields.size()) {
                hostOf(fields.get(column)).ifPresent(hosts::add);
            }
        }
        return hosts;
    }

    private static Optional<String> hostOf(String address) {
        String a = address.strip();
        if (a.isEmpty()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(a.contains("://") ? a : "https://" + a).getHost();
            return Optional.ofNullable(host).map(LinkHosts::clean);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
