package dev.readiness.core.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/** Where caches live: outside every scanned repository, in the user's cache directory by default. */
public final class CacheFiles {

    static final String TEMPORARY_PREFIX = ".cache-";
    static final String TEMPORARY_SUFFIX = ".tmp";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private CacheFiles() {
    }

    /** $XDG_CACHE_HOME/readiness, else ~/.cache/readiness. */
    public static Path defaultDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("readiness");
    }

    /** One file per scanned place and kind of cache, e.g. {@code files-3fa2c1d09e8b7a65.bin.gz}. */
    public static Path fileFor(Path directory, String kind, String scannedPlace) {
        return directory.resolve(kind + "-" + sha256(scannedPlace).substring(0, 16) + ".bin.gz");
    }

    /** Writes gzipped content to a cache file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content}, gzipped (fastest level: caches are read far more often than their size
     * matters), through a temporary file beside {@code file}, so a crash never leaves half a cache.
     */
    public static void writeAtomically(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        removeAbandonedTemporaries(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), TEMPORARY_PREFIX, TEMPORARY_SUFFIX);
        try {
            try (OutputStream out = new FastGzipOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Deletes the temporary files of writes that never finished (a scan killed mid-write); an hour old, no running
     * scan still writes them.
     */
    private static void removeAbandonedTemporaries(Path directory) throws IOException {
        Instant abandoned = Instant.now().minus(ABANDONED_AFTER);
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(directory,
                TEMPORARY_PREFIX + "*" + TEMPORARY_SUFFIX)) {
            for (Path temporary : temporaries) {
                BasicFileAttributes attributes = Files.readAttributes(temporary, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(abandoned)) {
                    Files.deleteIfExists(temporary);
                }
            }
        }
    }

    /** GZIP at the fastest compression level. */
    private static final class FastGzipOutputStream extends java.util.zip.GZIPOutputStream {
        FastGzipOutputStream(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
        }
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
