package dev.readiness.core.history;

import dev.readiness.core.cache.CacheFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * The per-commit cache as one compact gzipped binary file (paths written once, then referred to by
 * number), because tens of thousands of commits in JSON would cost more to read than to diff. Like the
 * per-file cache it carries the analyzer's fingerprint, keeps only the entries a run used, and is empty
 * when missing, foreign or broken; broken, {@link #problem()} says so. Every value read is checked (counts, kinds,
 * paths, line counts) before it is used or makes anything be allocated: the file is outside our control.
 */
public final class CommitCacheFile implements CommitChangesCache {

    static final int MAGIC = 0x52524843; // "RRHC"
    static final int FORMAT = 3; // 2: moves past the rename limit are renames; 3: commit data masked

    private final Path file;
    private final String fingerprint;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    // read on first use (a history restored whole never needs it); volatile: every lookup reads it unlocked
    private volatile Map<String, Entry> loaded;
    private volatile String problem;
    private volatile boolean changed;

    private CommitCacheFile(Path file, String fingerprint) {
        this.file = file;
        this.fingerprint = fingerprint;
    }

    /**
     * The cache file, read when a commit is first asked for; a missing, unreadable or differently fingerprinted file
     * starts empty.
     */
    public static CommitCacheFile open(Path file, String fingerprint) {
        return new CommitCacheFile(file, fingerprint);
    }

    private Map<String, Entry> loaded() {
        Map<String, Entry> read = loaded;
        return read != null ? read : loadOnce();
    }

    private synchronized Map<String, Entry> loadOnce() {
        if (loaded == null) {
            try {
                loaded = load(file, fingerprint);
            } catch (IOException | RuntimeException e) {
                // a broken cache costs one full read, never a failed scan; the problem is set before the map is
                problem = "the cache file " + file.getFileName() + " could not be read, so every commit was read again";
                loaded = Map.of();
            }
        }
        return loaded;
    }

    /** What could not be used of the cache file; empty when it was all used, missing, another analyzer's or unread. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public Optional<Entry> get(String commitId) {
        Entry entry = loaded().get(commitId);
        if (entry != null) {
            hits.incrementAndGet();
            used.put(commitId, entry);
        }
        return Optional.ofNullable(entry);
    }

    @Override
    public void put(String commitId, Entry entry) {
        used.put(commitId, entry);
        changed = true;
    }

    /** Commits whose changes were found in the cache so far. */
    public int hits() {
        return hits.get();
    }

    /**
     * Writes the entries used in this run, unless that is exactly what the file already holds or the run never asked
     * for a commit.
     */
    public void save() throws IOException {
        Map<String, Entry> before = loaded;
        if (!changed && (before == null || used.size() == before.size())) {
            return;
        }
        Map<String, Entry> sorted = new TreeMap<>(used);
        CacheFiles.writeAtomically(file, out -> write(out, sorted));
    }

    private void write(OutputStream stream, Map<String, Entry> entries) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(fingerprint);
        out.writeInt(entries.size());
        CommitCodec.Writer writer = new CommitCodec.Writer(out);
        for (Map.Entry<String, Entry> entry : entries.entrySet()) {
            writer.write(entry.getKey(), entry.getValue());
        }
        out.flush();
    }

    private static Map<String, Entry> load(Path file, String fingerprint) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
            if (data.readInt() != MAGIC || data.readInt() != FORMAT || !fingerprint.equals(data.readUTF())) {
                return Map.of(); // another analyzer's: nothing wrong with it
            }
            int count = CommitCodec.count(data.readInt());
            // sized by what was read, not by what the file claims
            Map<String, Entry> entries = new ConcurrentHashMap<>();
            CommitCodec.Reader reader = new CommitCodec.Reader(data);
            for (int i = 0; i < count; i++) {
                reader.read(entries);
            }
            return entries;
        }
    }
}
