package uk.safekiosk.kiosk.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import uk.safekiosk.content.ContentSource;

/**
 * The vetted sites and their stored pages: the ones shipped in the jar under {@code kiosk-content/search/} with the
 * school's folder {@code <data-dir>/content/search/} laid on top. A school's {@code sites.csv} adds sites and replaces
 * shipped ones with the same id; a school's page adds a page, or replaces the shipped page with the same path.
 *
 * <p>Shipped pages are listed in {@code search/pages/index.txt}, because the folders inside a jar cannot be listed
 * portably; a school's pages are found by walking its folder.
 */
public final class SearchCatalogue {

    static final String SITES = "search/sites.csv";
    static final String PAGES = "search/pages/";
    static final String MANIFEST = PAGES + "index.txt";
    /** Where {@link ContentSource} keeps shipped content on the classpath. */
    private static final String CLASSPATH_ROOT = "kiosk-content/";
    private static final Set<String> PICTURES = Set.of("svg", "png", "jpg", "jpeg", "gif", "webp");

    private final ContentSource content;
    private final Map<String, VettedSite> sites;
    private final Map<String, PageRef> pages;
    private final VettedAddresses addresses;

    private SearchCatalogue(ContentSource content, Map<String, VettedSite> sites, Map<String, PageRef> pages) {
        this.content = content;
        this.sites = sites;
        this.pages = pages;
        this.addresses = new VettedAddresses(this);
    }

    /** Reads the catalogue; lines or files that cannot be used are told to {@code problems} and left out. */
    public static SearchCatalogue load(ContentSource content, Consumer<String> problems) {
        Map<String, VettedSite> sites = new LinkedHashMap<>();
        content.shippedText(SITES).ifPresent(text -> SitesCsv.parse(SITES, text, problems)
                .forEach(site -> sites.put(site.id(), site)));
        schoolFile(content, SITES).ifPresent(file -> SitesCsv.parse(file.toString(), read(file), problems)
                .forEach(site -> sites.put(site.id(), site)));

        Map<String, PageRef> pages = new TreeMap<>();
        content.shippedText(MANIFEST).ifPresent(text -> text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(key -> addPage(key, sites, pages, problems)));
        schoolFile(content, PAGES).filter(Files::isDirectory).ifPresent(root -> {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .map(file -> root.relativize(file).toString().replace('\\', '/'))
                        .filter(key -> key.toLowerCase(Locale.ROOT).endsWith(".html"))
                        .forEach(key -> addPage(key, sites, pages, problems));
            } catch (IOException e) {
                problems.accept("cannot list " + root + ": " + e.getMessage());
            }
        });
        return new SearchCatalogue(content, Map.copyOf(sites), pages);
    }

    private static void addPage(String key, Map<String, VettedSite> sites, Map<String, PageRef> pages,
                                Consumer<String> problems) {
        int slash = key.indexOf('/');
        if (slash <= 0 || slash == key.length() - 1) {
            problems.accept(PAGES + key + ": a page belongs in a site's folder");
            return;
        }
        String siteId = key.substring(0, slash);
        if (!sites.containsKey(siteId)) {
            problems.accept(PAGES + key + ": no site '" + siteId + "' in sites.csv");
            return;
        }
        pages.put(key, new PageRef(siteId, key.substring(slash + 1)));
    }

    public List<VettedSite> sites() {
        return List.copyOf(sites.values());
    }

    public Optional<VettedSite> site(String id) {
        return Optional.ofNullable(sites.get(id));
    }

    /** Every stored page, in path order. */
    public Collection<PageRef> pages() {
        return List.copyOf(pages.values());
    }

    /** The allow-list of addresses: only these pages may be opened or linked to. */
    public VettedAddresses addresses() {
        return addresses;
    }

    /** The stored page at a path of a site; {@code index.html} for a folder, {@code .html} for a bare name. */
    Optional<PageRef> page(String siteId, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        List<String> candidates = new ArrayList<>();
        if (p.isEmpty() || p.endsWith("/")) {
            candidates.add(p + "index.html");
        } else {
            candidates.add(p);
            if (!p.substring(p.lastIndexOf('/') + 1).contains(".")) {
                candidates.add(p + ".html");
                candidates.add(p + "/index.html");
            }
        }
        return candidates.stream().map(c -> pages.get(siteId + "/" + c)).filter(Objects::nonNull)
                .findFirst();
    }

    /** The page's web address, e.g. {@code https://nature.kids.example/animals/foxes.html}. */
    public URI address(PageRef page) {
        return sites.get(page.siteId()).pageAddress(page.path());
    }

    /** The stored HTML: the school's copy if it has one, else the shipped one. */
    public String html(PageRef page) {
        return content.text(PAGES + page.key())
                .orElseThrow(() -> new IllegalStateException("The page " + page.key() + " has gone"));
    }

    /** A picture stored with a site's pages (school's copy first), or empty if there is none or it is not a picture. */
    public Optional<byte[]> picture(String siteId, String path) {
        String clean = path.startsWith("/") ? path.substring(1) : path;
        if (!sites.containsKey(siteId) || !isPicture(clean) || clean.contains("..") || clean.contains("\\")
                || clean.isEmpty()) {
            return Optional.empty();
        }
        String relative = PAGES + siteId + "/" + clean;
        Optional<Path> school = schoolFile(content, relative).filter(Files::isRegularFile);
        if (school.isPresent()) {
            try {
                return Optional.of(Files.readAllBytes(school.get()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = SearchCatalogue.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + relative)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isPicture(String path) {
        int dot = path.lastIndexOf('.');
        return dot > 0 && PICTURES.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** A file under the school's content folder, if the school has a content folder and the path stays inside it. */
    private static Optional<Path> schoolFile(ContentSource content, String relative) {
        return content.schoolRoot().map(root -> root.resolve(relative).normalize())
                .filter(file -> file.startsWith(content.schoolRoot().orElseThrow()) && Files.exists(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
