package dev.readiness.core.history;

import dev.readiness.core.history.CommitChangesCache.Entry;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Binary form of cache entries; every string is written once and then referred to by its number. */
final class CommitCodec {

    private static final FileChange.Kind[] KINDS = FileChange.Kind.values();

    private CommitCodec() {
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
            out.writeInt(entry.changes().size());
            for (FileChange change : entry.changes()) {
                out.writeByte(change.kind().ordinal());
                string(change.path());
                string(change.previousPath());
                out.writeInt(change.linesAdded());
                out.writeInt(change.linesDeleted());
            }
        }

        private void string(String text) throws IOException {
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
            int count = in.readInt();
            List<FileChange> changes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                FileChange.Kind kind = KINDS[in.readByte()];
                String path = string();
                String previous = string();
                changes.add(new FileChange(path, previous, kind, in.readInt(), in.readInt()));
            }
            into.put(commitId, new Entry(linesCounted, changes));
        }

        private String string() throws IOException {
            int number = in.readInt();
            if (number < 0) {
                return null;
            }
            if (number == strings.size()) {
                strings.add(in.readUTF());
            }
            return strings.get(number);
        }
    }
}
