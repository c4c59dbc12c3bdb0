package dev.readiness.core.cache;

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
import java.util.zip.GZIPInputStream;

/**
 * Results keyed by content (e.g. path + Git blob id), kept in one gzipped JSON file between runs. The file
 * carries a fingerprint of the analyzer and its rules; another fingerprint means another analyzer, so its
 * entries are ignored. Saving keeps only the entries this run used, so the file tracks the repository's
 * current state instead of growing forever. A missing, corrupt or unreadable cache is simply empty. One run may
 * hold two scans (a scan and the scan of its merge base): the second finds what the first put.
 * Thread-safe.
 */
public final class ContentCache<V> {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final boolean enabled;
    private final String fingerprint;
    private final Map<String, V> loaded;
    private final Map<String, V> used = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private volatile boolean changed;

    private ContentCache(Path file, boolean enabled, String fingerprint, Map<String, V> loaded) {
        this.file = file;
        this.enabled = enabled;
        this.fingerprint = fingerprint;
        this.loaded = loaded;
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
        return new ContentCache<>(null, false, "", Map.of());
    }

    /**
     * A cache that starts empty and is never saved, kept only while this process runs: what a scan and the scan of
     * its merge base share with --no-cache, so the merge base's unchanged files are not analysed twice.
     */
    public static <V> ContentCache<V> inMemory() {
        return new ContentCache<>(null, true, "", Map.of());
    }

    /** Loads the cache file; a missing, unreadable or differently fingerprinted file starts an empty cache. */
    public static <V> ContentCache<V> open(Path file, String fingerprint, Class<V> type) {
        return new ContentCache<>(file, true, fingerprint, load(file, fingerprint, type));
    }

    /** False for the no-op cache: {@link #get} then always misses and nothing is saved. */
    public boolean enabled() {
        return enabled;
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

    /** Writes the entries used in this run through a temporary file, so a crash never leaves half a cache. */
    public void save() throws IOException {
        if (file == null || (!changed && used.size() == loaded.size())) {
            return; // nothing new and nothing to drop: the file on disk is already what we would write
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("fingerprint", fingerprint);
        root.set("entries", MAPPER.valueToTree(new TreeMap<>(used)));
        CacheFiles.writeAtomically(file, out -> MAPPER.writeValue(out, root));
    }

    private static <V> Map<String, V> load(Path file, String fingerprint, Class<V> type) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || !fingerprint.equals(root.path("fingerprint").asText())) {
                return Map.of();
            }
            JavaType valueType = MAPPER.getTypeFactory().constructType(type);
            Map<String, V> entries = new ConcurrentHashMap<>();
            for (Map.Entry<String, JsonNode> entry : root.path("entries").properties()) {
                entries.put(entry.getKey(), MAPPER.treeToValue(entry.getValue(), valueType));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // a broken cache costs one full scan, never a failed one
        }
    }
}
