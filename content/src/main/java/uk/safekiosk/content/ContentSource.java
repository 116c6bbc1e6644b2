package uk.safekiosk.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Where editable content comes from: the defaults shipped in this jar under {@code kiosk-content/}, and a school's own
 * files under {@code <data-dir>/content/}, which a school edits without rebuilding.
 *
 * <p>Word lists <em>extend</em> the defaults (a school adds words; it cannot silently lose the shipped ones), while
 * wording and rules files <em>replace</em> them key by key.
 */
public final class ContentSource {

    private static final String CLASSPATH_ROOT = "kiosk-content/";

    private final Path schoolRoot;

    private ContentSource(Path schoolRoot) {
        this.schoolRoot = schoolRoot;
    }

    /** Shipped defaults only. */
    public static ContentSource defaults() {
        return new ContentSource(null);
    }

    /** Shipped defaults, overridden or extended by files under {@code dataDir/content}. */
    public static ContentSource withSchoolOverrides(Path dataDir) {
        return new ContentSource(dataDir.resolve("content"));
    }

    public Optional<Path> schoolRoot() {
        return Optional.ofNullable(schoolRoot);
    }

    /**
     * The lines of a list file: the shipped one followed by the school's one. Blank lines and lines starting with
     * {@code #} are skipped; surrounding white space is trimmed.
     */
    public List<String> listLines(String relativePath) {
        List<String> lines = new ArrayList<>();
        readShipped(relativePath).ifPresent(text -> addListLines(text, lines));
        readSchool(relativePath).ifPresent(text -> addListLines(text, lines));
        return List.copyOf(lines);
    }

    /** A properties file (UTF-8): shipped keys, then the school's keys on top. */
    public Properties properties(String relativePath) {
        Properties merged = new Properties();
        readShipped(relativePath).ifPresent(text -> load(merged, text));
        readSchool(relativePath).ifPresent(text -> load(merged, text));
        return merged;
    }

    /** The whole text of a file: the school's copy if it has one, else the shipped one. */
    public Optional<String> text(String relativePath) {
        return readSchool(relativePath).or(() -> readShipped(relativePath));
    }

    /** The shipped text alone, for tests and for showing a school what it changed. */
    public Optional<String> shippedText(String relativePath) {
        return readShipped(relativePath);
    }

    private Optional<String> readShipped(String relativePath) {
        String resource = CLASSPATH_ROOT + stripLeadingSlash(relativePath);
        try (InputStream in = ContentSource.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read shipped content " + resource, e);
        }
    }

    private Optional<String> readSchool(String relativePath) {
        if (schoolRoot == null) {
            return Optional.empty();
        }
        Path file = schoolRoot.resolve(stripLeadingSlash(relativePath)).normalize();
        if (!file.startsWith(schoolRoot) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read school content " + file, e);
        }
    }

    private static void addListLines(String text, List<String> into) {
        text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(into::add);
    }

    private static void load(Properties into, String text) {
        try (Reader reader = new java.io.StringReader(text)) {
            into.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
