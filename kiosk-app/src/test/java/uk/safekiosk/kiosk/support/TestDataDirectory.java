package uk.safekiosk.kiosk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh data directory per test base class, so each Spring context starts from an empty school. */
public final class TestDataDirectory {

    private TestDataDirectory() {
    }

    public static Path create(String name) {
        try {
            Path target = Path.of("target", "test-data");
            Files.createDirectories(target);
            return Files.createTempDirectory(target, name + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
