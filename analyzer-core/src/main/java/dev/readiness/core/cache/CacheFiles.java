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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HexFormat;

/** Where caches live: outside every scanned repository, in the user's cache directory by default. */
public final class CacheFiles {

    static final String TEMPORARY_PREFIX = ".cache-";
    static final String TEMPORARY_SUFFIX = ".tmp";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);
    private static final Pattern CACHE_FILE = Pattern.compile("([a-z]+)-[0-9a-f]{16}\\.(bin|json)\\.gz");

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

    /**
     * One file of a cache directory: its kind ("files", "history", "timeline", "reports", "partial"), name, size and
     * age.
     */
    public record Stored(String kind, String name, long bytes, Instant modified) {
    }

    /**
     * The cache's own files in {@code directory}, by name (a missing directory holds none): those {@link #fileFor}
     * names, with the extension of any format ever written, and the temporaries of unfinished writes. Other files are
     * not the cache's and are never listed, so never deleted.
     */
    public static List<Stored> list(Path directory) throws IOException {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Stored> stored = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Matcher named = CACHE_FILE.matcher(name);
                boolean temporary = name.startsWith(TEMPORARY_PREFIX) && name.endsWith(TEMPORARY_SUFFIX);
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if ((named.matches() || temporary) && attributes.isRegularFile()) {
                    stored.add(new Stored(temporary ? "partial" : named.group(1), name, attributes.size(),
                            attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS)));
                }
            }
        }
        stored.sort(Comparator.comparing(Stored::kind).thenComparing(Stored::name));
        return stored;
    }

    /** Deletes the cache's own files in {@code directory} ({@link #list}); a scan then starts from nothing. */
    public static void clear(Path directory) throws IOException {
        for (Stored file : list(directory)) {
            Files.deleteIfExists(directory.resolve(file.name()));
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
