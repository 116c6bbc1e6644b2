package uk.safekiosk.gateway.policy.rules;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
        int column = fields(lines.getFirst()).stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList()
                .indexOf(ADDRESS_COLUMN);
        if (column < 0) {
            throw new IllegalStateException("search/sites.csv: the header has no '" + ADDRESS_COLUMN + "' column");
        }
        Set<String> hosts = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = fields(line);
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

    /** One CSV line split into fields, with "quoted, fields" and doubled "" quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
