package dev.readiness.core.cache;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Where caches live: outside every scanned repository, in the user's cache directory by default. */
public final class CacheFiles {

    private CacheFiles() {
    }

    /** $XDG_CACHE_HOME/readiness, else ~/.cache/readiness. */
    public static Path defaultDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("readiness");
    }

    /** One file per scanned place and kind of cache, e.g. {@code files-3fa2c1d09e8b7a65.json.gz}. */
    public static Path fileFor(Path directory, String kind, String scannedPlace) {
        return directory.resolve(kind + "-" + sha256(scannedPlace).substring(0, 16) + ".json.gz");
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
