package dev.readiness.core.history;

import java.time.Instant;
import java.util.List;

/**
 * A commit as history rules see it: id, author (name and e-mail after .mailmap), author time, full
 * message, number of parents and the files it changed relative to its first parent.
 */
public record Commit(String id, String authorName, String authorEmail, Instant time, String message, int parents,
                     List<FileChange> changes) {

    public Commit {
        changes = List.copyOf(changes);
    }

    public boolean isMerge() {
        return parents > 1;
    }

    /** The first line of the message. */
    public String subject() {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
