package dev.readiness.core.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The commits of a scan (newest first, bots already left out), what each one did ({@link CommitKinds}) and
 * per-file aggregates under each file's current path, sweeps left out. "Now" is the HEAD commit's time: windows
 * are measured back from it, so a scan of the same commit gives the same result on any day.
 */
public final class History {

    private final List<Commit> commits;
    private final Instant headTime;
    private final Duration recentWindow;
    private final boolean shallow;
    private final boolean limited;
    private final Map<String, String> authorNames = new TreeMap<>();
    private final Map<String, Instant> lastActivity = new HashMap<>();
    private final Identities identities;
    private final CommitKinds kinds;
    private final Map<String, FileHistory> files;
    private final Map<String, List<String>> currentPathsByCommit = new HashMap<>();

    /**
     * @param commits newest first
     * @param shallow the clone is shallow: older history is missing
     * @param limited the walk stopped at a date or commit limit the user set
     */
    public History(List<Commit> commits, Duration recentWindow, boolean shallow, boolean limited) {
        this(commits, recentWindow, shallow, limited, null);
    }

    /**
     * A history whose commit kinds were decided before, by {@link CommitKinds#of} over these very commits (a stored
     * history read back): classifying tens of thousands of messages again would cost seconds.
     */
    public History(List<Commit> commits, Duration recentWindow, boolean shallow, boolean limited, CommitKinds kinds) {
        this.commits = List.copyOf(commits);
        this.headTime = commits.isEmpty() ? Instant.EPOCH : commits.get(0).time();
        this.recentWindow = recentWindow;
        this.shallow = shallow;
        this.limited = limited;
        this.identities = new Identities(this.commits);
        this.kinds = kinds != null ? kinds : CommitKinds.of(this.commits);
        this.files = aggregate();
    }

    /**
     * The key of the person who wrote a commit: identities sharing an e-mail or a normalised name are one
     * person (after .mailmap), keyed by the e-mail of their newest commit.
     */
    public String authorKey(Commit commit) {
        return identities.keyOf(commit);
    }

    /** What the commit did: merge, sweep, defect fix or other change. */
    public CommitKind kindOf(Commit commit) {
        return kinds.kindOf(commit);
    }

    /** The kinds of this history's commits, with the reference habit they were judged by. */
    public CommitKinds kinds() {
        return kinds;
    }

    public List<Commit> commits() {
        return commits;
    }

    public Instant headTime() {
        return headTime;
    }

    public Instant recentWindowStart() {
        return headTime.minus(recentWindow);
    }

    public boolean isRecent(Commit commit) {
        return !commit.time().isBefore(recentWindowStart());
    }

    public List<Commit> recentCommits() {
        return commits.stream().filter(this::isRecent).toList();
    }

    public boolean shallow() {
        return shallow;
    }

    public boolean limited() {
        return limited;
    }

    /** Aggregates by current path, in path order; files deleted since are included. */
    public Map<String, FileHistory> files() {
        return files;
    }

    public Optional<FileHistory> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** How many times the file now at {@code path} changed in the recent window (0 when it never did). */
    public int recentRevisions(String path) {
        return file(path).map(FileHistory::recentRevisions).orElse(0);
    }

    /** The current paths of the files a commit changed (renames followed), in the order of its changes. */
    public List<String> currentPathsOf(Commit commit) {
        return currentPathsByCommit.getOrDefault(commit.id(), List.of());
    }

    /** The display name last used by an author key. */
    public String authorName(String authorKey) {
        return authorNames.getOrDefault(authorKey, authorKey);
    }

    /** Time of the author's newest commit in this history. */
    public Optional<Instant> lastActivity(String authorKey) {
        return Optional.ofNullable(lastActivity.get(authorKey));
    }

    /** Walks newest to oldest, mapping old paths to the path the file has now. */
    private Map<String, FileHistory> aggregate() {
        Map<String, String> currentPathOf = new HashMap<>();
        Map<String, Accumulator> byPath = new TreeMap<>();
        for (Commit commit : commits) {
            String author = authorKey(commit);
            authorNames.putIfAbsent(author, commit.authorName());
            lastActivity.putIfAbsent(author, commit.time());
            boolean recent = isRecent(commit);
            boolean sweep = kindOf(commit) == CommitKind.SWEEP;
            List<String> paths = new ArrayList<>();
            for (FileChange change : commit.changes()) {
                String current = currentPathOf.getOrDefault(change.path(), change.path());
                if (change.kind() == FileChange.Kind.RENAME && change.previousPath() != null) {
                    currentPathOf.put(change.previousPath(), current);
                }
                paths.add(current);
                if (!sweep || change.kind() == FileChange.Kind.ADD) { // whoever adds a file created it
                    byPath.computeIfAbsent(current, Accumulator::new).add(commit, change, author, recent);
                }
            }
            currentPathsByCommit.put(commit.id(), List.copyOf(paths));
        }
        Map<String, FileHistory> result = new TreeMap<>();
        byPath.forEach((path, accumulator) -> result.put(path, accumulator.toFileHistory()));
        return result;
    }

    /** Collects one file's aggregates while commits are walked newest to oldest. */
    private static final class Accumulator {
        private final String path;
        private int revisions;
        private int recentRevisions;
        private long recentAdded;
        private long recentDeleted;
        private String creator;
        private Instant first;
        private Instant last;
        private final Map<String, Integer> byAuthor = new TreeMap<>();
        private final List<FileHistory.Revision> timeline = new ArrayList<>();

        Accumulator(String path) {
            this.path = path;
        }

        void add(Commit commit, FileChange change, String author, boolean recent) {
            revisions++;
            byAuthor.merge(author, 1, Integer::sum);
            timeline.add(new FileHistory.Revision(author, commit.time()));
            if (last == null) {
                last = commit.time();
            }
            first = commit.time(); // oldest so far: commits come newest first
            creator = author; // the oldest commit seen created it (or is the oldest we know of)
            if (recent) {
                recentRevisions++;
                if (change.linesCounted()) {
                    recentAdded += change.linesAdded();
                    recentDeleted += change.linesDeleted();
                }
            }
        }

        FileHistory toFileHistory() {
            return new FileHistory(path, revisions, recentRevisions, recentAdded, recentDeleted, creator, first, last,
                    byAuthor, timeline);
        }
    }
}
