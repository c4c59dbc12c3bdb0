package dev.readiness.core.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.zip.CRC32C;
import java.util.zip.GZIPInputStream;

/**
 * Results keyed by content (e.g. path + Git blob id), kept in one gzipped JSON file between runs. The file
 * carries a fingerprint of the analyzer and its rules; another fingerprint means another analyzer, so its
 * entries are ignored. Saving keeps only the entries this run used, so the file tracks the repository's
 * current state instead of growing forever. A missing cache is simply empty; an unreadable one too, and an entry
 * that is not as it was written (its checksum differs, it does not decode, it is not well-formed) is dropped, so it
 * is analysed again: either way {@link #problem()} says so, for a note outside the reports, which never depend on
 * the cache. One run may hold two scans (a scan and the scan of its merge base): the second finds what the first put.
 * Thread-safe.
 */
public final class ContentCache<V> {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final boolean enabled;
    private final String fingerprint;
    private final Map<String, V> loaded;
    private final String problem;
    private final Map<String, V> used = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private volatile boolean changed;

    private ContentCache(Path file, boolean enabled, String fingerprint, Loaded<V> loaded) {
        this.file = file;
        this.enabled = enabled;
        this.fingerprint = fingerprint;
        this.loaded = loaded.entries();
        this.problem = loaded.problem();
    }

    /** The entries read from a cache file and, when some or all could not be used, what to tell about it. */
    private record Loaded<V>(Map<String, V> entries, String problem) {

        static <V> Loaded<V> empty() {
            return new Loaded<>(Map.of(), null);
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
        return new ContentCache<>(null, false, "", Loaded.empty());
    }

    /**
     * A cache that starts empty and is never saved, kept only while this process runs: what a scan and the scan of
     * its merge base share with --no-cache, so the merge base's unchanged files are not analysed twice.
     */
    public static <V> ContentCache<V> inMemory() {
        return new ContentCache<>(null, true, "", Loaded.empty());
    }

    /** Loads the cache file; a missing, unreadable or differently fingerprinted file starts an empty cache. */
    public static <V> ContentCache<V> open(Path file, String fingerprint, Class<V> type) {
        return open(file, fingerprint, type, value -> true);
    }

    /** Like {@link #open(Path, String, Class)}, also dropping each entry that is not {@code wellFormed}. */
    public static <V> ContentCache<V> open(Path file, String fingerprint, Class<V> type, Predicate<V> wellFormed) {
        return new ContentCache<>(file, true, fingerprint, load(file, fingerprint, type, wellFormed));
    }

    /** False for the no-op cache: {@link #get} then always misses and nothing is saved. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * What could not be used of the cache file, e.g. "2 of 40 entries of files-3fa2c1d09e8b7a65.json.gz were not
     * as written and were analysed again"; empty when it was all used, missing or another analyzer's.
     */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The value stored under {@code key} (a blob or commit id) or put in this run, counting a hit or a miss. */
    public Optional<V> get(String key) {
        if (!enabled()) {
            return Optional.empty();
        }
        V value = used.containsKey(key) ? used.get(key) : loaded.get(key);
        if (value == null) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        hits.incrementAndGet();
        used.put(key, value);
        return Optional.of(value);
    }

    /** Stores {@code value} under {@code key}, to be written by the next save. */
    public void put(String key, V value) {
        if (enabled()) {
            used.put(key, value);
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

    /**
     * Writes the entries used in this run, each with the checksum of its JSON, through a temporary file, so a crash
     * never leaves half a cache.
     */
    public void save() throws IOException {
        if (file == null || (!changed && used.size() == loaded.size())) {
            return; // nothing new and nothing to drop: the file on disk is already what we would write
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("fingerprint", fingerprint);
        ObjectNode entries = root.putObject("entries");
        for (Map.Entry<String, V> entry : new TreeMap<>(used).entrySet()) {
            JsonNode value = MAPPER.valueToTree(entry.getValue());
            entries.putObject(entry.getKey()).put("checksum", checksum(value)).set("value", value);
        }
        CacheFiles.writeAtomically(file, out -> MAPPER.writeValue(out, root));
    }

    private static <V> Loaded<V> load(Path file, String fingerprint, Class<V> type, Predicate<V> wellFormed) {
        if (!Files.isRegularFile(file)) {
            return Loaded.empty();
        }
        JsonNode root;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            root = MAPPER.readTree(in);
        } catch (IOException | RuntimeException e) {
            // a broken cache costs one full scan, never a failed one
            return new Loaded<>(Map.of(), "the cache file " + file.getFileName() + " could not be read, so every "
                    + "file was analysed again");
        }
        if (root == null || !fingerprint.equals(root.path("fingerprint").asText())) {
            return Loaded.empty(); // another analyzer's: nothing wrong with it
        }
        JavaType valueType = MAPPER.getTypeFactory().constructType(type);
        Map<String, V> entries = new ConcurrentHashMap<>();
        int dropped = 0;
        for (Map.Entry<String, JsonNode> entry : root.path("entries").properties()) {
            Optional<V> value = decode(entry.getValue(), valueType, wellFormed);
            value.ifPresent(decoded -> entries.put(entry.getKey(), decoded));
            dropped += value.isPresent() ? 0 : 1;
        }
        return new Loaded<>(entries, dropped == 0 ? null : dropped + " of " + (entries.size() + dropped)
                + " entries of the cache file " + file.getFileName() + " were not as written and were analysed again");
    }

    /** The value of a stored entry when its checksum matches, it decodes and it is well-formed. */
    private static <V> Optional<V> decode(JsonNode stored, JavaType type, Predicate<V> wellFormed) {
        JsonNode value = stored.get("value");
        try {
            if (value == null || !stored.path("checksum").asText().equals(checksum(value))) {
                return Optional.empty();
            }
            V decoded = MAPPER.treeToValue(value, type);
            return decoded != null && wellFormed.test(decoded) ? Optional.of(decoded) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // wrong types, missing parts the value's constructor requires
        }
    }

    /** CRC-32C of the value's JSON: catches any change to an entry, far faster than a cryptographic hash. */
    static String checksum(JsonNode value) throws JsonProcessingException {
        CRC32C crc = new CRC32C();
        crc.update(MAPPER.writeValueAsBytes(value));
        return Long.toHexString(crc.getValue());
    }
}
