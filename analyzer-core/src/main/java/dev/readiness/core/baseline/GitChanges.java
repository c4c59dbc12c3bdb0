package dev.readiness.core.baseline;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Reads {@link ChangedLines} from Git: the merge base's tree diffed against the work tree (so uncommitted
 * edits count too; for a bare repository against HEAD's tree), with renames followed so a moved file only
 * counts the lines that really changed, and remembered so findings at the merge base can be found again.
 */
public final class GitChanges {

    private GitChanges() {
    }

    public static ChangedLines since(Repository repository, String ref) throws BaselineException {
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            RevCommit base = mergeBase(repository, walk, ref);
            CanonicalTreeParser baseTree = new CanonicalTreeParser();
            baseTree.reset(reader, base.getTree());
            return diff(repository, base.name(), baseTree, current(repository, walk, reader));
        } catch (IOException e) {
            throw new BaselineException("--new-since " + ref + ": cannot compare with the merge base: "
                    + e.getMessage(), e);
        }
    }

    private static RevCommit mergeBase(Repository repository, RevWalk walk, String ref) throws IOException,
            BaselineException {
        ObjectId target;
        ObjectId head;
        try {
            target = repository.resolve(ref + "^{commit}");
            head = repository.resolve("HEAD^{commit}");
        } catch (RevisionSyntaxException | IOException e) {
            throw new BaselineException("--new-since " + ref + ": cannot be resolved (" + e.getMessage() + ")", e);
        }
        if (target == null) {
            throw new BaselineException("--new-since " + ref + ": no such branch, tag or commit"
                    + " (in CI, fetch it first, e.g. git fetch origin main)");
        }
        if (head == null) {
            throw new BaselineException("--new-since " + ref + ": the repository has no commit yet");
        }
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(walk.parseCommit(target));
        walk.markStart(walk.parseCommit(head));
        RevCommit base = walk.next();
        if (base == null) {
            throw new BaselineException("--new-since " + ref + ": has no common history with HEAD"
                    + " (in a shallow clone, fetch more history)");
        }
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        return walk.parseCommit(base);
    }

    private static AbstractTreeIterator current(Repository repository, RevWalk walk, ObjectReader reader)
            throws IOException {
        if (!repository.isBare()) {
            return new FileTreeIterator(repository);
        }
        CanonicalTreeParser headTree = new CanonicalTreeParser();
        headTree.reset(reader, walk.parseCommit(repository.resolve("HEAD^{commit}")).getTree());
        return headTree;
    }

    private static ChangedLines diff(Repository repository, String mergeBase, AbstractTreeIterator base,
                                     AbstractTreeIterator current) throws IOException {
        Map<String, BitSet> changed = new HashMap<>();
        Map<String, String> previousPaths = new HashMap<>();
        Set<String> deleted = new HashSet<>();
        try (DiffFormatter formatter = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            formatter.setRepository(repository);
            formatter.setDiffComparator(RawTextComparator.DEFAULT);
            formatter.setDetectRenames(true);
            for (DiffEntry entry : formatter.scan(base, current)) {
                if (entry.getChangeType() == DiffEntry.ChangeType.DELETE) {
                    deleted.add(entry.getOldPath());
                    continue;
                }
                if (entry.getChangeType() == DiffEntry.ChangeType.RENAME) {
                    previousPaths.put(entry.getNewPath(), entry.getOldPath());
                }
                BitSet lines = new BitSet();
                for (Edit edit : formatter.toFileHeader(entry).toEditList()) {
                    lines.set(edit.getBeginB() + 1, edit.getEndB() + 1); // Edit lines are 0-based, ours 1-based
                }
                if (!lines.isEmpty() || entry.getChangeType() != DiffEntry.ChangeType.RENAME) {
                    changed.put(entry.getNewPath(), lines);
                }
            }
        }
        return new ChangedLines(mergeBase, changed, previousPaths, deleted);
    }
}
