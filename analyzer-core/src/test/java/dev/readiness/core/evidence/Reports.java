package dev.readiness.core.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hand-written report fixtures under test resources {@code evidence/}. */
final class Reports {

    private Reports() {
    }

    /** Copies {@code evidence/<name>} to {@code target}, creating its directories. */
    static Path copy(String name, Path target) {
        try (InputStream in = Reports.class.getResourceAsStream("/evidence/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource evidence/" + name);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path target, String text) {
        try {
            Files.createDirectories(target.getParent());
            return Files.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
