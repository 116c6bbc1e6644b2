package uk.safekiosk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.content.ContentSource;

/** The importer against small web servers on loopback: one vetted site, one outside host it must never reach. */
class SiteImporterTest {

    private HttpServer vetted;
    private HttpServer outside;
    private final List<String> outsideRequests = new CopyOnWriteArrayList<>();

    @TempDir
    Path dataDir;

    @BeforeEach
    void startServers() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        outside = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        outside.createContext("/", exchange -> {
            outsideRequests.add(exchange.getRequestURI().toString());
            reply(exchange, 200, "text/html", "<title>Outside</title><p>not vetted</p>");
        });
        outside.start();
        String outsideBase = "http://localhost:" + outside.getAddress().getPort();

        vetted = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        Map<String, String> pages = Map.of(
                "/", "<title>Home</title><h1>Home</h1><a href=\"/frogs.html\">frogs</a> "
                        + "<a href=\"toads\">toads</a> <a href=\"/moved.html\">moved</a> "
                        + "<a href=\"/away.html\">away</a> <a href=\"" + outsideBase + "/page.html\">outside</a>",
                "/frogs.html", "<title>Frogs</title><h1>Frogs</h1><img src=\"/images/frog.png\" alt=\"A frog\">"
                        + "<img src=\"" + outsideBase + "/tracker.gif\"><a href=\"/#top\">home</a>",
                "/toads", "<title>Toads</title><h1>Toads</h1>",
                "/newts.html", "<title>Newts</title><h1>Newts</h1>");
        vetted.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/moved.html" -> redirect(exchange, "/newts.html");
                case "/away.html" -> redirect(exchange, outsideBase + "/trap.html");
                case "/images/frog.png" -> reply(exchange, 200, "image/png", "PNG-BYTES");
                default -> {
                    String page = pages.get(path);
                    reply(exchange, page == null ? 404 : 200, "text/html; charset=utf-8",
                            page == null ? "not here" : page);
                }
            }
        });
        vetted.start();
        Path search = Files.createDirectories(dataDir.resolve("content/search"));
        Files.writeString(search.resolve("sites.csv"), SitesCsv.HEADER + "\n"
                + "ponds,Pond Life,http://127.0.0.1:" + vetted.getAddress().getPort() + "/,5,11,ponds\n");
    }

    @AfterEach
    void stopServers() {
        vetted.stop(0);
        outside.stop(0);
    }

    @Test
    void copiesTheSitesPagesAndPicturesButNeverFollowsARedirectOutside() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        int exit = ImportSitesCommand.run(List.of("--data-dir", dataDir.toString(), "--site", "ponds"),
                new PrintStream(log, true, StandardCharsets.UTF_8), System.err);

        Path site = dataDir.resolve("content/search/pages/ponds");
        assertThat(exit).isEqualTo(SearchCommands.OK);
        assertThat(site.resolve("index.html")).content().contains("<h1>Home</h1>");
        assertThat(site.resolve("frogs.html")).content().contains("<h1>Frogs</h1>");
        assertThat(site.resolve("toads.html")).content().contains("<h1>Toads</h1>");
        assertThat(site.resolve("newts.html")).as("a redirect within the site is followed").exists();
        assertThat(Files.readString(site.resolve("images/frog.png"))).isEqualTo("PNG-BYTES");
        assertThat(outsideRequests).as("nothing is fetched from outside the vetted site").isEmpty();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("redirects outside the vetted site")
                .contains("ponds: 4 pages, 1 pictures, 1 not followed");
        try (var files = Files.walk(site)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> site.relativize(f).toString()).sorted())
                    .containsExactly("frogs.html", "images/frog.png", "index.html", "newts.html", "toads.html");
        }
    }

    @Test
    void theImportedPagesAreSearchableFromTheSchoolsFolder() {
        ImportSitesCommand.run(List.of("--data-dir", dataDir.toString(), "--site", "ponds"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err);

        SearchCatalogue catalogue = SearchCatalogue.load(ContentSource.withSchoolOverrides(dataDir), p -> { });
        try (SearchIndex index = SearchIndex.build(new ByteBuffersDirectory(), catalogue)) {
            SearchHit frogs = index.search("frogs", 1).hits().getFirst();
            assertThat(frogs.ref()).isEqualTo(new PageRef("ponds", "frogs.html"));
            assertThat(frogs.picture()).contains(new PageRef("ponds", "images/frog.png"));
        }
    }

    @Test
    void refusesAnUnknownSite() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ImportSitesCommand.run(List.of("--data-dir", dataDir.toString(), "--site", "nowhere"),
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(SearchCommands.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no site 'nowhere'");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
