package dev.readiness.rules.history;

import dev.readiness.core.history.Commit;
import dev.readiness.core.history.FileChange;
import dev.readiness.core.history.History;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds {@link History} model objects for unit tests: commits oldest first, one day apart by default. */
final class Histories {

    private final List<Commit> oldestFirst = new ArrayList<>();
    private Instant time = Instant.parse("2022-01-01T00:00:00Z");
    private boolean shallow;

    static Histories builder() {
        return new Histories();
    }

    static FileChange add(String path) {
        return new FileChange(path, null, FileChange.Kind.ADD, 10, 0);
    }

    static FileChange modify(String path) {
        return new FileChange(path, null, FileChange.Kind.MODIFY, 1, 1);
    }

    static FileChange rename(String from, String to) {
        return new FileChange(to, from, FileChange.Kind.RENAME, 0, 0);
    }

    /** The next commits happen at {@code instant}, then a day apart. */
    Histories at(String instant) {
        time = Instant.parse(instant);
        return this;
    }

    Histories shallow() {
        shallow = true;
        return this;
    }

    Histories commit(String author, String subject, FileChange... changes) {
        String id = String.format(Locale.ROOT, "%040x", oldestFirst.size() + 1);
        oldestFirst.add(new Commit(id, author, author.toLowerCase(Locale.ROOT) + "@example.com", time, subject + "\n", 1,
                List.of(changes)));
        time = time.plus(Duration.ofDays(1));
        return this;
    }

    /** Repeats a commit {@code times} times. */
    Histories commits(int times, String author, String subject, FileChange... changes) {
        for (int i = 0; i < times; i++) {
            commit(author, subject, changes);
        }
        return this;
    }

    History build() {
        List<Commit> newestFirst = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(newestFirst);
        return new History(newestFirst, Duration.ofDays(365), shallow, false);
    }
}
