package uk.safekiosk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safekiosk.content.ContentSource;

class SearchCatalogueTest {

    private static final Path SHIPPED_PAGES = Path.of("../content/data/search/pages");

    @Test
    void theShippedManifestListsExactlyThePagesInTheFolder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(SHIPPED_PAGES)) {
            onDisk = files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> SHIPPED_PAGES.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
        List<String> listed = Files.readAllLines(SHIPPED_PAGES.resolve("index.txt"), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();

        assertThat(listed).as("content/data/search/pages/index.txt (regenerate it as its header says)")
                .isEqualTo(onDisk);
    }

    @Test
    void loadsTheShippedSitesAndPagesWithoutProblems() {
        List<String> problems = new ArrayList<>();
        SearchCatalogue catalogue = SearchCatalogue.load(ContentSource.defaults(), problems::add);

        assertThat(problems).isEmpty();
        assertThat(catalogue.sites()).hasSize(10);
        assertThat(catalogue.site("science")).hasValueSatisfying(site -> {
            assertThat(site.title()).isEqualTo("Body, Brain and Bright Ideas");
            assertThat(site.minAge()).isEqualTo(5);
            assertThat(site.subjects()).contains("human body", "scientists");
        });
        assertThat(catalogue.pages()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(catalogue.html(new PageRef("nature", "animals/foxes.html"))).contains("<h1>Red foxes</h1>");
    }

    @Test
    void aSchoolsFolderAddsAndReplacesSitesByIdAndPagesByPath(@TempDir Path dataDir) throws IOException {
        Path search = Files.createDirectories(dataDir.resolve("content/search"));
        Files.writeString(search.resolve("sites.csv"), SitesCsv.HEADER + "\n"
                + "nature,Our Nature Pages,https://nature.kids.example/,5,11,animals\n"
                + "local,\"Oakfield, Our Town\",https://town.oakfield.example,7,11,local history\n"
                + "Bad Id,Oops,https://x.example/,5,11,x\n");
        write(search.resolve("pages/nature/animals/foxes.html"), "<title>Our foxes</title><h1>Our foxes</h1>");
        write(search.resolve("pages/nature/animals/otters.html"), "<title>Otters</title><h1>Otters</h1>");
        write(search.resolve("pages/local/index.html"), "<title>Our town</title><h1>Our town</h1>");
        write(search.resolve("pages/ghost/page.html"), "<title>Nobody's site</title>");
        write(search.resolve("pages/local/our park.html"), "<title>Our park</title><h1>Our park</h1>");
        List<String> problems = new ArrayList<>();

        SearchCatalogue catalogue = SearchCatalogue.load(ContentSource.withSchoolOverrides(dataDir), problems::add);

        assertThat(catalogue.sites()).hasSize(11);
        assertThat(catalogue.site("nature")).map(VettedSite::title).contains("Our Nature Pages");
        assertThat(catalogue.site("local")).map(VettedSite::title).contains("Oakfield, Our Town");
        assertThat(catalogue.html(new PageRef("nature", "animals/foxes.html"))).contains("Our foxes");
        assertThat(catalogue.pages()).contains(new PageRef("nature", "animals/otters.html"),
                new PageRef("local", "index.html"), new PageRef("nature", "animals/badgers.html"));
        assertThat(catalogue.addresses().page("https://town.oakfield.example/"))
                .contains(new PageRef("local", "index.html"));
        PageRef park = new PageRef("local", "our park.html");
        assertThat(catalogue.address(park)).hasToString("https://town.oakfield.example/our%20park.html");
        assertThat(catalogue.addresses().page(catalogue.address(park).toString())).contains(park);
        assertThat(problems).hasSize(2).anySatisfy(p -> assertThat(p).contains("Bad Id"))
                .anySatisfy(p -> assertThat(p).contains("ghost"));
    }

    @Test
    void servesOnlyPicturesOfAKnownSiteFromInsideItsFolder(@TempDir Path dataDir) throws IOException {
        write(dataDir.resolve("content/secret.png"), "not for pupils");
        SearchCatalogue catalogue = SearchCatalogue.load(ContentSource.withSchoolOverrides(dataDir), p -> { });

        assertThat(catalogue.picture("nature", "images/fox.svg")).isPresent();
        assertThat(catalogue.picture("nature", "../../secret.png")).isEmpty();
        assertThat(catalogue.picture("nature", "animals/foxes.html")).as("not a picture").isEmpty();
        assertThat(catalogue.picture("nowhere", "images/fox.svg")).isEmpty();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
