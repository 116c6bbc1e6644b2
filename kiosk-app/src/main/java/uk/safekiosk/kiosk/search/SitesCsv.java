package uk.safekiosk.kiosk.search;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import uk.safekiosk.content.CsvLine;

/**
 * Reads {@code sites.csv} ({@code id,title,address,min_age,max_age,subjects}; RFC 4180 quoting). A line that is not a
 * usable site is reported and skipped, so one mistake in a school's file never takes the search down.
 */
final class SitesCsv {

    static final String HEADER = "id,title,address,min_age,max_age,subjects";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+");

    private SitesCsv() {
    }

    static List<VettedSite> parse(String file, String text, Consumer<String> problems) {
        List<VettedSite> sites = new ArrayList<>();
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.getFirst().strip().replace("\uFEFF", "").equals(HEADER)) {
            problems.accept(file + ": the first line must be exactly " + HEADER);
            return sites;
        }
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            try {
                sites.add(site(CsvLine.split(line)));
            } catch (IllegalArgumentException e) {
                problems.accept(file + ":" + (n + 1) + ": " + e.getMessage());
            }
        }
        return sites;
    }

    private static VettedSite site(List<String> f) {
        if (f.size() != 6) {
            throw new IllegalArgumentException("expected 6 fields, found " + f.size());
        }
        String id = f.get(0).strip();
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("the id must be lower-case letters and digits: " + id);
        }
        URI address = address(f.get(2).strip());
        int min = age(f.get(3));
        int max = age(f.get(4));
        if (min > max) {
            throw new IllegalArgumentException("min_age is above max_age");
        }
        List<String> subjects = Arrays.stream(f.get(5).split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        return new VettedSite(id, f.get(1).strip(), address, min, max, subjects);
    }

    private static URI address(String text) {
        try {
            URI uri = new URI(text.endsWith("/") ? text : text + "/");
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || !"/".equals(uri.getPath())
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("the address must look like https://host.example/: " + text);
            }
            return new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a web address: " + text);
        }
    }

    private static int age(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an age must be a whole number: " + text);
        }
    }
}
