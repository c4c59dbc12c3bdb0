package dev.readiness.core.cache;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.zip.CRC32C;

/**
 * Results keyed by content (e.g. path + Git blob id), kept in one file between runs ({@link ContentCacheFile}). The
 * file carries a fingerprint of the analyzer and its rules; another fingerprint means another analyzer, so its entries
 * are ignored. Entries are read as bytes and decoded only when asked for, on the thread that asks, so a rescan decodes
 * in parallel and an entry nobody needs costs nothing; an entry used again is saved as the bytes it was read as.
 * Saving keeps only the entries this run used, so the file tracks the repository's current state instead of growing
 * forever. A missing cache is simply empty; an unreadable one too, and an entry that is not as it was written (its
 * checksum differs, it does not decode, it is not well-formed) is dropped, so it is analysed again: either way
 * {@link #problem()} says so, for a note outside the reports, which never depend on the cache. One run may hold two
 * scans (a scan and the scan of its merge base): the second finds what the first put. Thread-safe.
 */
public final class ContentCache<V> {

    /**
     * Values are records: their components are written, not the derived {@code isX()} methods beside them (a
     * method's metrics wrote each of its traits twice; a fifth of the cache of spring-framework was such repeats).
     */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final boolean enabled;
    private final String fingerprint;
    private final JavaType type;
    private final Predicate<V> wellFormed;
    // read on first use, by the stage that needs it, beside the others; volatile: every lookup reads it unlocked
    private volatile ContentCacheFile.Contents contents;
    private final Map<String, Kept<V>> carried; // null, or what the scan before used, decoded: it stands for the file
    private final Map<String, Kept<V>> used = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean changed;

    /** A value used in this run with the bytes it is saved as. */
    private record Kept<V>(V value, byte[] json) {
    }

    private ContentCache(Path file, boolean enabled, String fingerprint, Class<V> type, Predicate<V> wellFormed,
                         ContentCacheFile.Contents contents) {
        this(file, enabled, fingerprint, type == null ? null : MAPPER.getTypeFactory().constructType(type), wellFormed,
                contents, null);
    }

    private ContentCache(Path file, boolean enabled, String fingerprint, JavaType type, Predicate<V> wellFormed,
                         ContentCacheFile.Contents contents, Map<String, Kept<V>> carried) {
        this.file = file;
        this.enabled = enabled;
        this.fingerprint = fingerprint;
        this.type = type;
        this.wellFormed = wellFormed;
        this.contents = contents;
        this.carried = carried;
    }

    /**
     * The cache of the scan that follows {@code previous} in one process (a server scanning one repository again and
     * again): what {@code previous} used, as it decoded it, stands for the file it saved, so nothing is read or decoded
     * again. Call once {@code previous}'s scan is over.
     */
    public static <V> ContentCache<V> continuing(ContentCache<V> previous) {
        return new ContentCache<>(previous.file, previous.enabled, previous.fingerprint, previous.type,
                previous.wellFormed, ContentCacheFile.Contents.EMPTY, Map.copyOf(previous.used));
    }

    /** The file the cache is saved to; null when it is never saved. */
    public Path file() {
        return file;
    }

    private ContentCacheFile.Contents contents() {
        ContentCacheFile.Contents read = contents;
        if (read != null) {
            return read;
        }
        synchronized (this) {
            if (contents == null) {
                contents = ContentCacheFile.read(file, fingerprint);
            }
            return contents;
        }
    }

    /**
     * {@code value} as the cache reads it back (plain maps, lists, strings, numbers) turned into {@code type} again,
     * with the same JSON mapping that wrote it.
     */
    public static <T> T retype(Object value, Class<T> type) {
        return type.isInstance(value) ? type.cast(value) : MAPPER.convertValue(value, type);
    }

    /** A cache that never hits and never saves (for --no-cache). */
    public static <V> ContentCache<V> disabled() {
        return new ContentCache<>(null, false, "", null, value -> true, ContentCacheFile.Contents.EMPTY);
    }

    /**
     * A cache that starts empty and is never saved, kept only while this process runs: what a scan and the scan of
     * its merge base share with --no-cache, so the merge base's unchanged files are not analysed twice.
     */
    public static <V> ContentCache<V> inMemory() {
        return new ContentCache<>(null, true, "", null, value -> true, ContentCacheFile.Contents.EMPTY);
    }

    /**
     * The cache file, read when first used; a missing, unreadable or differently fingerprinted file starts an empty
     * cache.
     */
    public static <V> ContentCache<V> open(Path file, String fingerprint, Class<V> type) {
        return open(file, fingerprint, type, value -> true);
    }

    /** Like {@link #open(Path, String, Class)}, also dropping each entry that is not {@code wellFormed}. */
    public static <V> ContentCache<V> open(Path file, String fingerprint, Class<V> type, Predicate<V> wellFormed) {
        return new ContentCache<>(file, true, fingerprint, type, wellFormed, null);
    }

    /** False for the no-op cache: {@link #get} then always misses and nothing is saved. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * What could not be used of the cache file, e.g. "2 of 40 entries of files-3fa2c1d09e8b7a65.cache were not as
     * written and were analysed again"; empty when it was all used, missing or another analyzer's.
     */
    public Optional<String> problem() {
        ContentCacheFile.Contents read = contents();
        if (read.problem() != null) {
            return Optional.of(read.problem());
        }
        int broken = dropped.get();
        return broken == 0 ? Optional.empty() : Optional.of(broken + " of " + read.entries().size()
                + " entries of the cache file " + file.getFileName() + " were not as written and were analysed again");
    }

    /** The value stored under {@code key} (a blob or commit id) or put in this run, counting a hit or a miss. */
    public Optional<V> get(String key) {
        if (!enabled()) {
            return Optional.empty();
        }
        Kept<V> kept = used.get(key);
        if (kept == null) {
            kept = carried != null ? carried.get(key) : decode(contents().entries().get(key));
            if (kept != null) {
                used.putIfAbsent(key, kept);
            }
        }
        if (kept == null) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        hits.incrementAndGet();
        return Optional.of(kept.value());
    }

    /** Stores {@code value} under {@code key}, to be written by the next save; it is encoded now, on this thread. */
    public void put(String key, V value) {
        if (enabled()) {
            used.put(key, new Kept<>(value, file == null ? null : encode(value)));
            changed = true;
        }
    }

    /** Lookups that found a value so far. */
    public int hits() {
        return hits.get();
    }

    /** Lookups that found nothing so far. */
    public int misses() {
        return misses.get();
    }

    /** Writes the entries used in this run through a temporary file, so a crash never leaves half a cache. */
    public void save() throws IOException {
        if (file == null || !changed && used.size() == storedCount()) {
            return; // nothing new and nothing to drop: the file on disk is already what we would write
        }
        Map<String, byte[]> entries = new ConcurrentHashMap<>();
        used.forEach((key, kept) -> entries.put(key, kept.json()));
        ContentCacheFile.write(file, fingerprint, entries);
    }

    /** How many entries the file holds, as far as this cache knows; as many as it used when it never read the file. */
    private int storedCount() {
        if (carried != null) {
            return carried.size();
        }
        ContentCacheFile.Contents read = contents;
        return read == null ? used.size() : read.entries().size();
    }

    /** A stored entry decoded when its checksum matches, it decodes and it is well-formed; else null, counted. */
    private Kept<V> decode(ContentCacheFile.Entry entry) {
        if (entry == null) {
            return null;
        }
        try {
            if (entry.checksum() == checksum(entry.json())) {
                V value = MAPPER.readValue(entry.json(), type);
                if (value != null && wellFormed.test(value)) {
                    return new Kept<>(value, entry.json());
                }
            }
        } catch (IOException | RuntimeException e) {
            // wrong types, missing parts the value's constructor requires: analysed again, as below
        }
        dropped.incrementAndGet();
        return null;
    }

    private static byte[] encode(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CRC-32C of a value's JSON: catches any change to an entry, far faster than a cryptographic hash. */
    static int checksum(byte[] json) {
        CRC32C crc = new CRC32C();
        crc.update(json);
        return (int) crc.getValue();
    }

    /** The checksum of {@code value} as the cache writes it; for tests that forge an entry. */
    static int checksum(JsonNode value) throws JsonProcessingException {
        return checksum(MAPPER.writeValueAsBytes(value));
    }
}
