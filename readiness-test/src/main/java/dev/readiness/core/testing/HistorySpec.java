package dev.readiness.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sample repository's history, parsed from its {@code history.txt} (format: sample-repos/README.md).
 * Parsing also replays the changes, so that a change to a file that does not exist (or an add of one that
 * does) is reported with its line number, and so that every {@code add}/{@code modify} knows which version
 * of its file's lineage it creates.
 */
public final class HistorySpec {

    private static final Pattern KEY_VALUE = Pattern.compile("([a-z][a-z-]*)\\s*:(.*)");
    private static final Pattern PERSON = Pattern.compile("([^<>]*[^<>\\s])\\s*<([^<>\\s]+@[^<>\\s]+)>");
    private static final Set<String> KEYS = Set.of("author", "date", "committer", "committer-date", "message",
            "add", "modify", "delete", "rename");
    private static final String RENAME_ARROW = " -> ";

    /** Who made a commit. */
    public record Person(String name, String email) {
    }

    /** What a change does to its path. */
    public enum ChangeType { ADD, MODIFY, DELETE, RENAME }

    /** One change of a commit; {@code newPath} is set for renames only. */
    public record Change(int line, ChangeType type, String path, String newPath) {
    }

    /** One commit of the spec; {@code message} lines are joined with '\n'. */
    public record Commit(int line, Person author, OffsetDateTime date, Person committer, OffsetDateTime committerDate,
                         String message, List<Change> changes) {
        public Commit {
            changes = List.copyOf(changes);
        }
    }

    /**
     * The content an {@code add} or {@code modify} creates: version {@code version} (1-based) of
     * {@code versions} in its lineage; {@code finalPath} is where the lineage ends at HEAD, or null when
     * it is deleted.
     */
    public record FileVersion(String path, int version, int versions, String finalPath) {
        public boolean deletedLater() {
            return finalPath == null;
        }
    }

    private final String source;
    private final List<Commit> commits;
    private final Map<Integer, Lineage> lineageByChangeLine;
    private final Map<Integer, Integer> versionByChangeLine;
    private final Map<String, Lineage> survivors;

    private HistorySpec(String source, List<Commit> commits, Map<Integer, Lineage> lineageByChangeLine,
                        Map<Integer, Integer> versionByChangeLine, Map<String, Lineage> survivors) {
        this.source = source;
        this.commits = List.copyOf(commits);
        this.lineageByChangeLine = lineageByChangeLine;
        this.versionByChangeLine = versionByChangeLine;
        this.survivors = survivors;
    }

    public static HistorySpec parse(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /** Parses spec text; {@code source} names it in error messages (e.g. "history.txt"). */
    public static HistorySpec parse(String text, String source) {
        return new Parser(source).parse(text);
    }

    public String source() {
        return source;
    }

    public List<Commit> commits() {
        return commits;
    }

    /** Paths that exist after the last commit, sorted. */
    public Set<String> finalPaths() {
        return Collections.unmodifiableSet(new TreeSet<>(survivors.keySet()));
    }

    /** The line of the change that last brought {@code finalPath} into being (its add or rename). */
    public int lineOf(String finalPath) {
        Lineage lineage = survivors.get(finalPath);
        return lineage == null ? 0 : lineage.lastArrivalLine;
    }

    /** The version an add or modify creates. */
    public FileVersion version(Change change) {
        Lineage lineage = lineageByChangeLine.get(change.line());
        Integer version = versionByChangeLine.get(change.line());
        if (lineage == null || version == null) {
            throw new IllegalArgumentException("not an add or modify of this spec: " + change);
        }
        return new FileVersion(change.path(), version, lineage.versions, lineage.deleted ? null : lineage.path);
    }

    /** Number of versions of the lineage that ends at {@code finalPath}, or 0. */
    public int versionsOf(String finalPath) {
        Lineage lineage = survivors.get(finalPath);
        return lineage == null ? 0 : lineage.versions;
    }

    private static final class Lineage {
        String path;
        int versions;
        boolean deleted;
        int lastArrivalLine;

        Lineage(String path, int line) {
            this.path = path;
            this.lastArrivalLine = line;
        }
    }

    private static final class Parser {
        private final String source;
        private final List<Commit> commits = new ArrayList<>();
        private final Map<String, Lineage> alive = new LinkedHashMap<>();
        private final Map<Integer, Lineage> lineageByChangeLine = new HashMap<>();
        private final Map<Integer, Integer> versionByChangeLine = new HashMap<>();
        private Block block;
        private OffsetDateTime previousDate;

        Parser(String source) {
            this.source = source;
        }

        HistorySpec parse(String text) {
            String[] lines = text.split("\r?\n", -1);
            for (int index = 0; index < lines.length; index++) {
                int number = index + 1;
                String line = lines[index].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.equals("commit")) {
                    finishBlock();
                    block = new Block(number);
                    continue;
                }
                Matcher matcher = KEY_VALUE.matcher(line);
                if (!matcher.matches()) {
                    throw error(number, "expected 'commit' or 'key: value', found '" + line + "'");
                }
                String key = matcher.group(1);
                String value = matcher.group(2).strip();
                if (!KEYS.contains(key)) {
                    throw error(number, "unknown key '" + key + "' (expected one of " + new TreeSet<>(KEYS) + ")");
                }
                if (block == null) {
                    throw error(number, "'" + key + "' before the first 'commit' line");
                }
                keyValue(number, key, value);
            }
            finishBlock();
            if (commits.isEmpty()) {
                throw error(Math.max(1, lines.length), "no commits: a history needs at least one 'commit' block");
            }
            return new HistorySpec(source, commits, lineageByChangeLine, versionByChangeLine, new LinkedHashMap<>(alive));
        }

        private void keyValue(int number, String key, String value) {
            switch (key) {
                case "author" -> block.author = once(number, key, block.author, person(number, value));
                case "committer" -> block.committer = once(number, key, block.committer, person(number, value));
                case "date" -> block.date = once(number, key, block.date, date(number, value));
                case "committer-date" -> block.committerDate = once(number, key, block.committerDate, date(number, value));
                case "message" -> block.message.add(value);
                case "add" -> change(number, ChangeType.ADD, path(number, value), null);
                case "modify" -> change(number, ChangeType.MODIFY, path(number, value), null);
                case "delete" -> change(number, ChangeType.DELETE, path(number, value), null);
                case "rename" -> {
                    int arrow = value.indexOf(RENAME_ARROW);
                    if (arrow < 0 || value.indexOf(RENAME_ARROW, arrow + 1) >= 0) {
                        throw error(number, "rename needs 'old/path -> new/path', found '" + value + "'");
                    }
                    change(number, ChangeType.RENAME, path(number, value.substring(0, arrow).strip()),
                            path(number, value.substring(arrow + RENAME_ARROW.length()).strip()));
                }
                default -> throw new IllegalStateException(key);
            }
            if (key.equals("date")) {
                if (previousDate != null && block.date.toInstant().isBefore(previousDate.toInstant())) {
                    throw error(number, "date " + value + " is before the previous commit's date " + previousDate);
                }
            }
        }

        private void change(int number, ChangeType type, String path, String newPath) {
            for (String touched : newPath == null ? List.of(path) : List.of(path, newPath)) {
                Integer earlier = block.touched.putIfAbsent(touched, number);
                if (earlier != null) {
                    throw error(number, touched + " is already changed by this commit (line " + earlier + ")");
                }
            }
            Lineage lineage = alive.get(path);
            switch (type) {
                case ADD -> {
                    if (lineage != null) {
                        throw error(number, "add of " + path + ", which already exists (use modify)");
                    }
                    lineage = new Lineage(path, number);
                    alive.put(path, lineage);
                    newVersion(number, lineage);
                }
                case MODIFY -> newVersion(number, existing(number, "modify", path, lineage));
                case DELETE -> {
                    existing(number, "delete", path, lineage).deleted = true;
                    alive.remove(path);
                }
                case RENAME -> {
                    existing(number, "rename", path, lineage);
                    if (alive.containsKey(newPath)) {
                        throw error(number, "rename to " + newPath + ", which already exists");
                    }
                    alive.remove(path);
                    lineage.path = newPath;
                    lineage.lastArrivalLine = number;
                    alive.put(newPath, lineage);
                }
                default -> throw new IllegalStateException(type.name());
            }
            block.changes.add(new Change(number, type, path, newPath));
        }

        private Lineage existing(int number, String what, String path, Lineage lineage) {
            if (lineage == null) {
                throw error(number, what + " of " + path + ", which does not exist at this point of the history");
            }
            return lineage;
        }

        private void newVersion(int number, Lineage lineage) {
            lineage.versions++;
            lineageByChangeLine.put(number, lineage);
            versionByChangeLine.put(number, lineage.versions);
        }

        private void finishBlock() {
            if (block == null) {
                return;
            }
            String where = "commit at line " + block.line;
            if (block.author == null) {
                throw error(block.line, where + " has no 'author:'");
            }
            if (block.date == null) {
                throw error(block.line, where + " has no 'date:'");
            }
            if (block.message.isEmpty() || block.message.get(0).isEmpty()) {
                throw error(block.line, where + " has no 'message:' (the first message line is the subject)");
            }
            if (block.changes.isEmpty()) {
                throw error(block.line, where + " changes nothing (add, modify, delete or rename)");
            }
            commits.add(new Commit(block.line, block.author, block.date,
                    Objects.requireNonNullElse(block.committer, block.author),
                    Objects.requireNonNullElse(block.committerDate, block.date),
                    String.join("\n", block.message), block.changes));
            previousDate = block.date;
            block = null;
        }

        private <T> T once(int number, String key, T existing, T value) {
            if (existing != null) {
                throw error(number, "'" + key + "' given twice in one commit");
            }
            return value;
        }

        private Person person(int number, String value) {
            Matcher matcher = PERSON.matcher(value);
            if (!matcher.matches()) {
                throw error(number, "expected 'Name <email@example.com>', found '" + value + "'");
            }
            return new Person(matcher.group(1).strip(), matcher.group(2));
        }

        private OffsetDateTime date(int number, String value) {
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw error(number, "invalid date '" + value
                        + "': expected ISO-8601 with an offset, e.g. 2019-03-04T10:15:00Z or 2019-03-04T10:15:00+01:00");
            }
        }

        private String path(int number, String value) {
            if (value.isEmpty()) {
                throw error(number, "missing path");
            }
            if (value.startsWith("/") || value.endsWith("/") || value.contains("\\") || value.contains("//")) {
                throw error(number, "path must be relative with '/' separators: '" + value + "'");
            }
            for (String segment : value.split("/")) {
                if (segment.equals(".") || segment.equals("..") || segment.equals(".git")) {
                    throw error(number, "path may not contain '" + segment + "': '" + value + "'");
                }
            }
            if (value.equals(SampleRepository.HISTORY_FILE)) {
                throw error(number, SampleRepository.HISTORY_FILE + " describes the history and is never committed");
            }
            return value;
        }

        private HistorySpecException error(int line, String problem) {
            return new HistorySpecException(source, line, problem);
        }
    }

    private static final class Block {
        final int line;
        Person author;
        Person committer;
        OffsetDateTime date;
        OffsetDateTime committerDate;
        final List<String> message = new ArrayList<>();
        final List<Change> changes = new ArrayList<>();
        final Map<String, Integer> touched = new HashMap<>();

        Block(int line) {
            this.line = line;
        }
    }
}
