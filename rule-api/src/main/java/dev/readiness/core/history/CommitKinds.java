package dev.readiness.core.history;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one definition of what a commit did ({@link CommitKind}), shared by every history measure: defect
 * hotspots and the backtest count {@link CommitKind#DEFECT_FIX}es, change coupling, hotspots and authorship leave
 * {@link CommitKind#SWEEP}s out. In order:
 * <ol>
 *   <li>a {@link CommitKind#SWEEP} changes at least {@value #BULK_FILES} files, or its subject (for a merge, also the
 *       merged pull request's title) describes a change of form (formatting, license headers, copyright, imports,
 *       Javadoc, typos, "polish", "use constant"), or its author made at least {@value #REPEATED_SUBJECT_COMMITS}
 *       commits with that subject on that (UTC) day, spread over at least one file for every two commits: the same
 *       edit applied file by file;</li>
 *   <li>another commit with more than one parent is a {@link CommitKind#MERGE};</li>
 *   <li>a {@link CommitKind#DEFECT_FIX}'s message names a defect (fix, bug, regression, crash, NPE, leak, broken,
 *       wrong, incorrect ...; not "fix typo", "Javadoc fixes", "fix the build") or references an issue (gh-123,
 *       #123, closes #123, ABC-123, Bugzilla) without its subject starting with the verb of other work ("Add",
 *       "Upgrade", "Refactor" ...); a Conventional Commits type decides when there is one ("fix:" is a fix,
 *       "chore:" is not). Where more than half of the commits (of at least {@value #MIN_COMMITS_FOR_HABIT}) reference
 *       an issue in their subject, a reference says nothing about the commit: only the words decide;</li>
 *   <li>anything else is a {@link CommitKind#CHANGE}.</li>
 * </ol>
 * A repeated subject with few files ("[LANG-1729] ..." five times on one test) is work on one problem, not a sweep.
 */
public final class CommitKinds {

    /** A commit changing at least this many files is a bulk sweep, whatever its subject. */
    public static final int BULK_FILES = 100;
    /** An author's commits with one subject on one day that make a sweep, when spread over files. */
    public static final int REPEATED_SUBJECT_COMMITS = 5;
    /** The share of subjects with an issue reference above which a reference is the project's habit, not a signal. */
    public static final double REFERENCE_HABIT_SHARE = 0.5;
    /** Fewer non-merge commits than this, and no habit is inferred from them. */
    public static final int MIN_COMMITS_FOR_HABIT = 20;

    private final Map<String, CommitKind> kindById;
    private final boolean referencesDecide;

    private CommitKinds(Map<String, CommitKind> kindById, boolean referencesDecide) {
        this.kindById = kindById;
        this.referencesDecide = referencesDecide;
    }

    /** The kinds of {@code commits}; repeated subjects and the project's reference habit are looked for among them. */
    public static CommitKinds of(List<Commit> commits) {
        return of(commits, !referencesAreAHabit(commits));
    }

    /**
     * The kinds of {@code commits} from elsewhere in this project (those a merge brought in), with this history's
     * reference habit; repeated subjects are looked for among them.
     */
    public CommitKinds forMerged(Collection<Commit> others) {
        return of(List.copyOf(others), referencesDecide);
    }

    private static CommitKinds of(List<Commit> commits, boolean referencesDecide) {
        Map<String, List<Commit>> bySubjectAndDay = new HashMap<>();
        for (Commit commit : commits) {
            if (!commit.isMerge()) {
                bySubjectAndDay.computeIfAbsent(repetitionKey(commit), key -> new ArrayList<>()).add(commit);
            }
        }
        Set<String> repeated = new HashSet<>();
        bySubjectAndDay.values().stream().filter(CommitKinds::isSpreadRepetition)
                .forEach(group -> group.forEach(commit -> repeated.add(commit.id())));
        // each commit alone, in parallel: the message patterns cost seconds over a history of tens of thousands
        Map<String, CommitKind> kinds = commits.parallelStream().collect(Collectors.toMap(Commit::id,
                commit -> repeated.contains(commit.id()) ? CommitKind.SWEEP : kindAlone(commit, referencesDecide),
                (first, second) -> second));
        return new CommitKinds(kinds, referencesDecide);
    }

    /**
     * Kinds decided before, by {@link #of} (a stored history read back); {@code kindById} must hold every commit of
     * the history they are used with, with the reference habit that history had.
     */
    public static CommitKinds restored(Map<String, CommitKind> kindById, boolean referencesDecide) {
        return new CommitKinds(Map.copyOf(kindById), referencesDecide);
    }

    /** The kind of a commit of this history; a commit it does not hold is judged alone (no repetitions). */
    public CommitKind kindOf(Commit commit) {
        CommitKind kind = kindById.get(commit.id());
        return kind != null ? kind : kindAlone(commit, referencesDecide);
    }

    /** Whether an issue reference in a subject decides a fix here: false where nearly every commit has one. */
    public boolean referencesDecide() {
        return referencesDecide;
    }

    private static boolean referencesAreAHabit(List<Commit> commits) {
        List<Commit> own = commits.stream().filter(commit -> !commit.isMerge()).toList();
        long referencing = own.parallelStream()
                .filter(commit -> CommitMessages.subjectReferencesIssue(commit.subject())).count();
        return own.size() >= MIN_COMMITS_FOR_HABIT && referencing > own.size() * REFERENCE_HABIT_SHARE;
    }

    /** What a commit is by itself: merge, bulk or mechanical sweep, defect fix or other change. */
    public static CommitKind kindAlone(Commit commit) {
        return kindAlone(commit, true);
    }

    private static CommitKind kindAlone(Commit commit, boolean referencesDecide) {
        if (commit.changes().size() >= BULK_FILES || CommitMessages.isMechanical(commit.subject())
                || commit.isMerge() && CommitMessages.isMechanical(pullRequestTitle(commit))) {
            return CommitKind.SWEEP;
        }
        if (commit.isMerge()) {
            return CommitKind.MERGE;
        }
        return CommitMessages.isDefectFix(commit.message(), referencesDecide) ? CommitKind.DEFECT_FIX : CommitKind.CHANGE;
    }

    /**
     * What makes two fixes one: their subject, in lower case and without a pull-request number. A contributor's
     * commit and the maintainer's follow-up often share the subject of the one defect they fix.
     */
    public static String defectKey(Commit commit) {
        return CommitMessages.withoutPullRequest(commit.subject()).toLowerCase(Locale.ROOT);
    }

    /** GitHub writes a merged pull request's title on the first line of the merge commit's body. */
    private static String pullRequestTitle(Commit commit) {
        return commit.message().lines().skip(1).map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .orElse("");
    }

    private static String repetitionKey(Commit commit) {
        return Identities.rawKey(commit) + "\n" + commit.time().atZone(ZoneOffset.UTC).toLocalDate() + "\n"
                + CommitMessages.essentialSubject(commit.subject());
    }

    private static boolean isSpreadRepetition(List<Commit> group) {
        if (group.size() < REPEATED_SUBJECT_COMMITS) {
            return false;
        }
        Set<String> files = new HashSet<>();
        group.forEach(commit -> commit.changes().forEach(change -> files.add(change.path())));
        return files.size() * 2 >= group.size();
    }
}
