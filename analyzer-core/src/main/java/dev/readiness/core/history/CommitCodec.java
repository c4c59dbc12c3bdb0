package dev.readiness.core.history;

import dev.readiness.core.history.CommitChangesCache.Entry;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binary form of cache entries; every string is written once and then referred to by its number. Reading checks
 * each value against what a writer can have written and throws {@link IOException} at the first that is not.
 */
final class CommitCodec {

    private static final FileChange.Kind[] KINDS = FileChange.Kind.values();

    private CommitCodec() {
    }

    /** {@code count} when it can count entries or changes (not negative), else the file is broken. */
    static int count(int count) throws IOException {
        if (count < 0) {
            throw new IOException("negative count " + count);
        }
        return count;
    }

    /** Writes entries, numbering strings in the order they first appear. */
    static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> numbers = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(String commitId, Entry entry) throws IOException {
            out.writeUTF(commitId);
            out.writeBoolean(entry.linesCounted());
            changes(entry.changes());
        }

        void changes(List<FileChange> changes) throws IOException {
            out.writeInt(changes.size());
            for (FileChange change : changes) {
                out.writeByte(change.kind().ordinal());
                string(change.path());
                string(change.previousPath());
                out.writeInt(change.linesAdded());
                out.writeInt(change.linesDeleted());
            }
        }

        void string(String text) throws IOException {
            if (text == null) {
                out.writeInt(-1);
                return;
            }
            Integer number = numbers.get(text);
            if (number != null) {
                out.writeInt(number);
                return;
            }
            numbers.put(text, numbers.size());
            out.writeInt(numbers.size() - 1);
            out.writeUTF(text);
        }
    }

    /** Reads what a {@link Writer} wrote, in the same order. */
    static final class Reader {
        private final DataInputStream in;
        private final List<String> strings = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        void read(Map<String, Entry> into) throws IOException {
            String commitId = in.readUTF();
            boolean linesCounted = in.readBoolean();
            List<FileChange> changes = changes();
            if (commitId.isEmpty()) {
                throw new IOException("a commit without an id");
            }
            into.put(commitId, new Entry(linesCounted, changes));
        }

        List<FileChange> changes() throws IOException {
            int count = count(in.readInt());
            List<FileChange> changes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                changes.add(change(in.readByte()));
            }
            return changes;
        }

        /** A change as {@link Writer#write} wrote it: a path always, a previous path for a rename only. */
        private FileChange change(int kindNumber) throws IOException {
            if (kindNumber < 0 || kindNumber >= KINDS.length) {
                throw new IOException("no change kind " + kindNumber);
            }
            FileChange.Kind kind = KINDS[kindNumber];
            String path = string();
            String previous = string();
            int added = in.readInt();
            int deleted = in.readInt();
            boolean counted = added >= 0 && deleted >= 0;
            boolean notCounted = added == -1 && deleted == -1;
            if (path == null || (kind == FileChange.Kind.RENAME) != (previous != null) || !counted && !notCounted) {
                throw new IOException("a change that no commit makes: " + kind + " " + path + " from " + previous
                        + ", lines +" + added + " -" + deleted);
            }
            return new FileChange(path, previous, kind, added, deleted);
        }

        String string() throws IOException {
            int number = in.readInt();
            if (number == -1) {
                return null;
            }
            if (number == strings.size()) {
                strings.add(in.readUTF());
            }
            if (number < 0 || number >= strings.size()) {
                throw new IOException("string " + number + " before it was written");
            }
            return strings.get(number);
        }
    }
}
