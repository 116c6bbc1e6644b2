package uk.safekiosk.kiosk.search;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code import-sites [--data-dir DIR] [--site ID]... [--max-pages N]}: copies pages of the vetted sites into
 * {@code <data-dir>/content/search/pages/} for the index (picked up at the kiosk's next start).
 */
final class ImportSitesCommand {

    private static final String USAGE = "usage: import-sites [--data-dir DIR] [--site ID]... [--max-pages N]";
    private static final int DEFAULT_MAX_PAGES = 200;
    private static final Path DEFAULT_DATA_DIR = Path.of("kiosk-data");

    private ImportSitesCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        SearchCommands.Options options = SearchCommands.Options.parse(args);
        List<String> only = new ArrayList<>();
        int maxPages = DEFAULT_MAX_PAGES;
        List<String> rest = options.positional();
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--site") && i + 1 < rest.size()) {
                only.add(rest.get(++i));
            } else if (arg.equals("--max-pages") && i + 1 < rest.size()) {
                Optional<Integer> n = positive(rest.get(++i));
                if (n.isEmpty()) {
                    err.println(USAGE);
                    return SearchCommands.USAGE;
                }
                maxPages = n.get();
            } else {
                err.println(USAGE);
                return SearchCommands.USAGE;
            }
        }
        Path dataDir = options.dataDir().orElse(DEFAULT_DATA_DIR);
        SearchCatalogue catalogue = SearchCatalogue.load(options.content(), problem -> err.println("  " + problem));
        for (String id : only) {
            if (catalogue.site(id).isEmpty()) {
                err.println("import-sites: no site '" + id + "' in sites.csv");
                return SearchCommands.USAGE;
            }
        }
        Path pagesRoot = dataDir.toAbsolutePath().resolve("content").resolve(SearchCatalogue.PAGES).normalize();
        SiteImporter importer = new SiteImporter(catalogue.addresses(), pagesRoot, maxPages, out);
        int failedSites = 0;
        for (VettedSite site : catalogue.sites()) {
            if (!only.isEmpty() && !only.contains(site.id())) {
                continue;
            }
            out.println(site.id() + ": " + site.address());
            SiteImporter.Report report = importer.importSite(site);
            out.println(site.id() + ": " + report.pages() + " pages, " + report.pictures() + " pictures, "
                    + report.refused() + " not followed, " + report.failed() + " failed");
            failedSites += report.pages() == 0 ? 1 : 0;
        }
        out.println("Saved under " + pagesRoot + "; the kiosk indexes them when it next starts.");
        return failedSites == 0 ? SearchCommands.OK : SearchCommands.FAILED;
    }

    private static Optional<Integer> positive(String text) {
        try {
            int n = Integer.parseInt(text);
            return n > 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
