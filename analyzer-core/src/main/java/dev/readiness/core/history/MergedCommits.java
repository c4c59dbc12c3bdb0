package dev.readiness.core.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The commits a main-line merge brought in: reachable from its other parents, not from its first. Projects that fix
 * on a maintenance branch and merge it forward (Spring) land most fixes on the main line this way. Each commit's
 * changes are against its first parent, under {@code scope}, as {@link CommitDiffer} reads them (no line counts);
 * its author is left blank: only what it did matters here.
 */
public final class MergedCommits {

    private MergedCommits() {
    }

    public static List<Commit> of(Repository repository, String scope, String mergeId) throws IOException {
        List<Commit> merged = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); CommitDiffer differ = new CommitDiffer(repository, scope)) {
            RevCommit merge = walk.parseCommit(ObjectId.fromString(mergeId));
            for (int parent = 1; parent < merge.getParentCount(); parent++) {
                walk.markStart(walk.parseCommit(merge.getParent(parent)));
            }
            walk.markUninteresting(walk.parseCommit(merge.getParent(0)));
            for (RevCommit commit : walk) {
                ObjectId firstParent = commit.getParentCount() == 0 ? null : commit.getParent(0);
                merged.add(new Commit(commit.name(), "", "", commit.getAuthorIdent().getWhenAsInstant(),
                        CommitText.message(commit.getFullMessage()), commit.getParentCount(),
                        differ.changes(commit.getTree(), firstParent, false)));
            }
        }
        return merged;
    }
}
