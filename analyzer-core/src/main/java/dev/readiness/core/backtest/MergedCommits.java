package dev.readiness.core.backtest;

import dev.readiness.core.history.Commit;
import dev.readiness.core.history.FileChange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The commits a main-line merge brought in: reachable from its other parents, not from its first. Projects that fix
 * on a maintenance branch and merge it forward (Spring) land most fixes on the main line this way. Each commit's
 * changes are the paths it changed against its first parent (no rename pairing: only the paths are needed).
 */
final class MergedCommits {

    private MergedCommits() {
    }

    static List<Commit> of(Repository repository, String mergeId) throws IOException {
        List<Commit> merged = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit merge = walk.parseCommit(ObjectId.fromString(mergeId));
            for (int parent = 1; parent < merge.getParentCount(); parent++) {
                walk.markStart(walk.parseCommit(merge.getParent(parent)));
            }
            walk.markUninteresting(walk.parseCommit(merge.getParent(0)));
            for (RevCommit commit : walk) {
                merged.add(new Commit(commit.name(), "", "", commit.getAuthorIdent().getWhenAsInstant(),
                        commit.getFullMessage(), commit.getParentCount(), changedPaths(repository, commit)));
            }
        }
        return merged;
    }

    private static List<FileChange> changedPaths(Repository repository, RevCommit commit) throws IOException {
        List<FileChange> changes = new ArrayList<>();
        if (commit.getParentCount() == 0) {
            return changes;
        }
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            tree.setFilter(org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF);
            while (tree.next()) {
                changes.add(new FileChange(tree.getPathString(), null, FileChange.Kind.MODIFY, -1, -1));
            }
        }
        return changes;
    }
}
