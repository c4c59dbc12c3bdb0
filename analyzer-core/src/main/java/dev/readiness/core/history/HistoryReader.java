package dev.readiness.core.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads the {@link History} of a repository, or of the part of it under a scope directory (paths stay
 * relative to the repository root). The walk starts at HEAD and follows first parents unless the
 * options say otherwise; it stops at the options' commit limit or start date. Authors are mapped through
 * the .mailmap of HEAD's tree and bots are left out. Each commit's changes are those against its first
 * parent; in an all-parents walk a merge commit brings no changes of its own, so nothing is counted twice.
 * Lines are counted only for commits inside the recent window (measured back from the newest walked
 * commit); outside it they are -1. With a scope, commits that change nothing under it are left out.
 *
 * <p>A shallow clone is read as far as it goes ({@link History#shallow()}). A missing or corrupt object
 * ends the read with a {@link HistoryReadException}.
 */
public final class HistoryReader {

    private final Repository repository;
    private final String scope;
    private final HistoryOptions options;
    private final CommitChangesCache cache;

    /** @param scope "" for the whole repository, else a directory relative to the repository root */
    public HistoryReader(Repository repository, String scope, HistoryOptions options, CommitChangesCache cache) {
        this.repository = repository;
        this.scope = normalise(scope);
        this.options = options;
        this.cache = cache;
    }

    /** Without a cache. */
    public HistoryReader(Repository repository, String scope, HistoryOptions options) {
        this(repository, scope, options, CommitChangesCache.NONE);
    }

    public History read() throws HistoryReadException {
        return read(HistoryProgress.NONE);
    }

    public History read(HistoryProgress progress) throws HistoryReadException {
        boolean shallow = isShallow(repository);
        try {
            ObjectId head = repository.resolve(startOf(options));
            if (head == null) {
                return new History(List.of(), options.recentWindow(), shallow, false);
            }
            CommitWalk.Result walk = new CommitWalk(options, mailmap(head)).walk(repository, head);
            List<CommitWalk.Walked> walked = walk.commits();
            Instant lineWindowStart = walked.isEmpty() ? null
                    : walked.get(0).commit().time().minus(options.recentWindow());
            progress.commits(0, walked.size());
            List<Commit> commits = new ChangeReader(repository, scope, options, cache)
                    .read(walked, lineWindowStart, progress);
            if (!scope.isEmpty()) {
                commits = commits.stream().filter(commit -> !commit.changes().isEmpty()).toList();
            }
            return new History(commits, options.recentWindow(), shallow, walk.limited());
        } catch (IOException | RuntimeException e) {
            throw new HistoryReadException(describe(e), e);
        }
    }

    /** The revision the walk starts from: the given branch, tag or commit, else HEAD. */
    public static String startOf(HistoryOptions options) {
        return options.ref() == null ? Constants.HEAD : options.ref() + "^{commit}";
    }

    /** Whether the repository is a shallow clone (its Git directory has a {@code shallow} file). */
    public static boolean isShallow(Repository repository) {
        return repository.getDirectory() != null
                && Files.isRegularFile(repository.getDirectory().toPath().resolve("shallow"));
    }

    private Mailmap mailmap(ObjectId head) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(head);
            try (TreeWalk tree = TreeWalk.forPath(repository, ".mailmap", commit.getTree())) {
                if (tree == null || !tree.getFileMode(0).equals(org.eclipse.jgit.lib.FileMode.REGULAR_FILE)) {
                    return Mailmap.EMPTY;
                }
                byte[] bytes = repository.open(tree.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(1 << 20);
                return Mailmap.parse(new String(bytes, StandardCharsets.UTF_8));
            }
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof MissingObjectException)) {
            cause = cause.getCause();
        }
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause instanceof MissingObjectException
                ? "the Git history is incomplete: " + detail + " (a damaged repository; try 'git fsck')"
                : "cannot read the Git history: " + detail;
    }

    private static String normalise(String scope) {
        String normalised = scope == null ? "" : scope.replace('\\', '/');
        while (normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        return normalised.startsWith("/") ? normalised.substring(1) : normalised;
    }
}
