package uk.safekiosk.content.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample pages of the safe search ({@code search/pages/**}.html), as the text a child reads: the page's visible
 * words with scripts, styles and tags taken out. The pages are our own well-formed HTML, so tags are removed by
 * pattern rather than with a parser.
 */
final class SamplePages {

    private static final String ROOT = "kiosk-content/search/pages";

    private SamplePages() {
    }

    static List<ChildText> all() {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted()
                    .map(f -> new ChildText("search/pages", root.relativize(f).toString(), visibleText(read(f))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String visibleText(String html) {
        String text = html.replaceAll("(?is)<(script|style|title|head)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<(h[1-6]|p|li|br|div|td|th)[^>]*>", "\n")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ");
        // A heading or list item has no full stop of its own but is read as a line on its own.
        return text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.matches(".*[.!?:]$") ? l : l + ".")
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        URL url = SamplePages.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("No " + ROOT + " on the classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
