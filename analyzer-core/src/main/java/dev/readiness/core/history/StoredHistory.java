package dev.readiness.core.history;

import dev.readiness.core.cache.CacheFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The last history a scan read, whole: its commits (changes included) and their kinds, under a key naming all it was
 * read from (start commit, options, scope). A rescan at the same commit, the one a user repeats while editing, then
 * neither walks tens of thousands of commits nor classifies their messages again. The file is outside our control:
 * every value read is checked; a missing or foreign file is not used, a truncated or broken one neither, and
 * {@link #problem()} says so.
 */
public final class StoredHistory {

    static final int MAGIC = 0x5252484d; // "RRHM"
    static final int FORMAT = 1;
    private static final CommitKind[] KINDS = CommitKind.values();

    private final Path file;
    private final String fingerprint;
    private volatile String problem;
    private volatile Remembered remembered; // the last history this object read or wrote, for the next scan in a process

    private record Remembered(String key, History history) {
    }

    private StoredHistory(Path file, String fingerprint) {
        this.file = file;
        this.fingerprint = fingerprint;
    }

    /**
     * The history stored in {@code file} by the analyzer {@code fingerprint} names. The object remembers the last history
     * it read or wrote: a process that keeps it answers the next scan at the same commit without reading the file.
     */
    public static StoredHistory at(Path file, String fingerprint) {
        return new StoredHistory(file, fingerprint);
    }

    /** The file the history is stored in. */
    public Path file() {
        return file;
    }

    /** Why the file could not be used, when it was broken; empty when it was used, missing or another's. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The history stored under {@code key}; empty when the file holds another, none or a broken one. */
    public Optional<History> read(String key, Duration recentWindow) {
        problem = null;
        Remembered last = remembered;
        if (last != null && last.key().equals(key)) {
            return Optional.of(last.history());
        }
        Optional<History> read = readFile(key, recentWindow);
        read.ifPresent(history -> remembered = new Remembered(key, history));
        return read;
    }

    private Optional<History> readFile(String key, Duration recentWindow) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
            if (data.readInt() != MAGIC || data.readInt() != FORMAT || !fingerprint.equals(data.readUTF())
                    || !key.equals(data.readUTF())) {
                return Optional.empty();
            }
            History history = readHistory(data, recentWindow);
            // the end marker, then the end of the stream, where GZIP checks its CRC: a cut or altered file is refused
            if (data.readInt() != MAGIC || data.read() != -1) {
                throw new IOException("more than a history");
            }
            return Optional.of(history);
        } catch (IOException | RuntimeException e) {
            problem = "the cache file " + file.getFileName() + " could not be read, so the history was read again";
            return Optional.empty();
        }
    }

    /** Stores {@code history} under {@code key}, replacing what the file held. */
    public void write(String key, History history) throws IOException {
        remembered = new Remembered(key, history);
        CacheFiles.writeAtomically(file, stream -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(fingerprint);
            out.writeUTF(key);
            out.writeBoolean(history.shallow());
            out.writeBoolean(history.limited());
            out.writeBoolean(history.kinds().referencesDecide());
            out.writeInt(history.commits().size());
            CommitCodec.Writer writer = new CommitCodec.Writer(out);
            for (Commit commit : history.commits()) {
                out.writeUTF(commit.id());
                writer.string(commit.authorName());
                writer.string(commit.authorEmail());
                out.writeLong(commit.time().getEpochSecond());
                out.writeInt(commit.time().getNano());
                out.writeUTF(commit.message());
                out.writeInt(commit.parents());
                out.writeByte(history.kindOf(commit).ordinal());
                writer.changes(commit.changes());
            }
            out.writeInt(MAGIC);
            out.flush();
        });
    }

    private static History readHistory(DataInputStream data, Duration recentWindow) throws IOException {
        boolean shallow = data.readBoolean();
        boolean limited = data.readBoolean();
        boolean referencesDecide = data.readBoolean();
        int count = CommitCodec.count(data.readInt());
        CommitCodec.Reader reader = new CommitCodec.Reader(data);
        // sized by what was read, not by what the file claims
        List<Commit> commits = new ArrayList<>();
        Map<String, CommitKind> kinds = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String id = data.readUTF();
            String name = reader.string();
            String email = reader.string();
            Instant time = Instant.ofEpochSecond(data.readLong(), data.readInt());
            String message = data.readUTF();
            int parents = CommitCodec.count(data.readInt());
            int kind = data.readByte();
            List<FileChange> changes = reader.changes();
            if (id.isEmpty() || name == null || email == null || kind < 0 || kind >= KINDS.length
                    || kinds.put(id, KINDS[kind]) != null) {
                throw new IOException("a commit no history holds: " + id);
            }
            commits.add(new Commit(id, name, email, time, message, parents, changes));
        }
        return new History(commits, recentWindow, shallow, limited, CommitKinds.restored(kinds, referencesDecide));
    }
}
