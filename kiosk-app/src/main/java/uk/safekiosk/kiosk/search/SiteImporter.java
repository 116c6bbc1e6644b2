package uk.safekiosk.kiosk.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Brings pages of the vetted sites into the school's folder ({@code <data-dir>/content/search/pages/<site>/...}) for
 * the index, when the school runs it with internet access: never while pupils search. Starting at each site's
 * address it follows links within the same site, up to a number of pages per site, and keeps the pictures stored
 * on the site. A redirect is followed only to the same vetted site; anywhere else it is reported and not followed.
 */
final class SiteImporter {

    private static final int MAX_REDIRECTS = 5;
    private static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String AGENT = "SafeKiosk-Importer (a school's vetted-site copier)";

    /** What one import did. */
    record Report(int pages, int pictures, int refused, int failed) {
    }

    private final VettedAddresses addresses;
    private final Path pagesRoot;
    private final int maxPagesPerSite;
    private final PrintStream log;

    SiteImporter(VettedAddresses addresses, Path pagesRoot, int maxPagesPerSite, PrintStream log) {
        this.addresses = addresses;
        this.pagesRoot = pagesRoot;
        this.maxPagesPerSite = maxPagesPerSite;
        this.log = log;
    }

    Report importSite(VettedSite site) {
        Counts counts = new Counts();
        Deque<URI> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        Set<String> picturesSeen = new HashSet<>();
        queue.add(site.address());
        seen.add(site.address().toString());
        int saved = 0;
        while (!queue.isEmpty() && saved < maxPagesPerSite) {
            URI url = queue.poll();
            Optional<Fetched> fetched = fetch(site, url, counts);
            if (fetched.isEmpty()) {
                continue;
            }
            Fetched page = fetched.get();
            if (!page.contentType().startsWith("text/html")) {
                continue;
            }
            Document doc;
            try {
                doc = Jsoup.parse(new ByteArrayInputStream(page.body()), null, page.url().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (save(site, page.url(), doc.outerHtml().getBytes(StandardCharsets.UTF_8), true)) {
                saved++;
                counts.pages++;
            }
            for (Element link : doc.select("a[href]")) {
                VettedAddresses.resolve(link.attr("href"), page.url())
                        .filter(target -> addresses.site(target).filter(s -> s.id().equals(site.id())).isPresent())
                        .map(SiteImporter::withoutQueryAndFragment)
                        .filter(target -> seen.add(target.toString()))
                        .ifPresent(queue::add);
            }
            for (Element img : doc.select("img[src]")) {
                VettedAddresses.resolve(img.attr("src"), page.url())
                        .filter(target -> addresses.site(target).filter(s -> s.id().equals(site.id())).isPresent())
                        .filter(target -> SearchCatalogue.isPicture(target.getPath()))
                        .filter(target -> picturesSeen.add(target.getPath()))
                        .flatMap(target -> fetch(site, target, counts))
                        .filter(picture -> picture.contentType().startsWith("image/"))
                        .ifPresent(picture -> {
                            if (save(site, picture.url(), picture.body(), false)) {
                                counts.pictures++;
                            }
                        });
            }
        }
        return new Report(counts.pages, counts.pictures, counts.refused, counts.failed);
    }

    private record Fetched(URI url, String contentType, byte[] body) {
    }

    private static final class Counts {
        int pages;
        int pictures;
        int refused;
        int failed;
    }

    /** Fetches one address, following redirects only within the site. */
    private Optional<Fetched> fetch(VettedSite site, URI start, Counts counts) {
        URI url = start;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            try {
                Connection.Response response = Jsoup.connect(url.toString())
                        .followRedirects(false)
                        .ignoreHttpErrors(true)
                        .ignoreContentType(true)
                        .maxBodySize(MAX_BYTES)
                        .timeout((int) TIMEOUT.toMillis())
                        .userAgent(AGENT)
                        .execute();
                int status = response.statusCode();
                if (status >= 300 && status < 400 && response.hasHeader("Location")) {
                    Optional<URI> next = VettedAddresses.resolve(response.header("Location"), url);
                    if (next.isEmpty() || addresses.site(next.get()).filter(s -> s.id().equals(site.id()))
                            .isEmpty()) {
                        log.println("  not followed: " + url + " redirects outside the vetted site to "
                                + response.header("Location"));
                        counts.refused++;
                        return Optional.empty();
                    }
                    url = next.get();
                    continue;
                }
                if (status != 200) {
                    log.println("  skipped: " + url + " answered " + status);
                    counts.failed++;
                    return Optional.empty();
                }
                String type = Optional.ofNullable(response.contentType()).orElse("")
                        .toLowerCase(Locale.ROOT);
                return Optional.of(new Fetched(url, type, response.bodyAsBytes()));
            } catch (IOException e) {
                log.println("  failed: " + url + ": " + e.getMessage());
                counts.failed++;
                return Optional.empty();
            }
        }
        log.println("  not followed: " + start + " redirects too many times");
        counts.refused++;
        return Optional.empty();
    }

    /** Writes under {@code pages/<site>/}, the address's path giving the file ("/" is index.html). */
    private boolean save(VettedSite site, URI url, byte[] body, boolean page) {
        String path = url.getPath() == null || url.getPath().isEmpty() ? "/" : url.getPath();
        if (page) {
            if (path.endsWith("/")) {
                path += "index.html";
            } else if (!path.toLowerCase(Locale.ROOT).endsWith(".html")) {
                path += path.substring(path.lastIndexOf('/') + 1).contains(".") ? "" : ".html";
            }
            if (!path.toLowerCase(Locale.ROOT).endsWith(".html")) {
                return false;
            }
        }
        Path siteFolder = pagesRoot.resolve(site.id()).normalize();
        Path file = siteFolder.resolve(path.substring(1)).normalize();
        if (!file.startsWith(siteFolder) || !siteFolder.startsWith(pagesRoot)) {
            return false;
        }
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            Files.write(partial, body);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.println("  saved " + site.id() + path);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static URI withoutQueryAndFragment(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority()
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath()));
    }
}
