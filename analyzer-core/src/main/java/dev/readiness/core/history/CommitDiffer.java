package dev.readiness.core.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The files one commit changed relative to its first parent, for one thread (it owns its ObjectReader).
 * Trees are compared without reading file contents; renames are looked for only when a commit both adds
 * and deletes files, and past Git's rename limit among files of the same name ({@link MovesByName}); lines are
 * counted only when asked. Submodules (gitlinks) are not files and are left out.
 */
final class CommitDiffer implements AutoCloseable {

    private final ObjectReader reader;
    private final RevWalk revWalk;
    private final TreeFilter filter;
    private final DiffConfig diffConfig;
    private final LineCounts lineCounts;

    CommitDiffer(Repository repository, String scope) {
        this.reader = repository.newObjectReader();
        this.revWalk = new RevWalk(reader);
        this.filter = scope.isEmpty() ? TreeFilter.ANY_DIFF
                : AndTreeFilter.create(PathFilter.create(scope), TreeFilter.ANY_DIFF);
        this.diffConfig = repository.getConfig().get(DiffConfig.KEY);
        this.lineCounts = new LineCounts(reader);
    }

    /** @param firstParent null for a root commit (or the oldest commit of a shallow clone): all added */
    List<FileChange> changes(ObjectId tree, ObjectId firstParent, boolean countLines) throws IOException {
        List<DiffEntry> entries = scan(tree, firstParent);
        Map<DiffEntry, DiffEntry> moves = Map.of();
        if (hasAddsAndDeletes(entries)) {
            RenameDetector detector = new RenameDetector(reader, diffConfig);
            entries = detectRenames(detector, entries);
            if (detector.isOverRenameLimit()) {
                moves = MovesByName.of(entries, reader, detector.getRenameScore());
            }
        }
        Set<DiffEntry> movedAway = Collections.newSetFromMap(new IdentityHashMap<>());
        movedAway.addAll(moves.values());
        List<FileChange> changes = new ArrayList<>(entries.size());
        for (DiffEntry entry : entries) {
            DiffEntry movedFrom = moves.get(entry);
            if (movedFrom != null) {
                int[] lines = countLines ? lineCounts.of(movedFrom.getOldId(), entry.getNewId())
                        : LineCounts.NOT_COUNTED;
                changes.add(new FileChange(entry.getNewPath(), movedFrom.getOldPath(), FileChange.Kind.RENAME,
                        lines[0], lines[1]));
            } else if (!movedAway.contains(entry)) {
                changes.add(toChange(entry, countLines));
            }
        }
        return changes;
    }

    private List<DiffEntry> scan(ObjectId tree, ObjectId firstParent) throws IOException {
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.setRecursive(true);
            walk.setFilter(filter);
            if (firstParent == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(revWalk.parseCommit(firstParent).getTree());
            }
            walk.addTree(tree);
            List<DiffEntry> entries = DiffEntry.scan(walk);
            entries.removeIf(entry -> entry.getOldMode() == FileMode.GITLINK || entry.getNewMode() == FileMode.GITLINK);
            return entries;
        }
    }

    private static boolean hasAddsAndDeletes(List<DiffEntry> entries) {
        boolean adds = false;
        boolean deletes = false;
        for (DiffEntry entry : entries) {
            adds |= entry.getChangeType() == DiffEntry.ChangeType.ADD;
            deletes |= entry.getChangeType() == DiffEntry.ChangeType.DELETE;
        }
        return adds && deletes;
    }

    private List<DiffEntry> detectRenames(RenameDetector detector, List<DiffEntry> entries) throws IOException {
        detector.addAll(entries);
        try {
            return detector.compute(reader, NullProgressMonitor.INSTANCE);
        } catch (CanceledException e) {
            throw new IOException("rename detection was cancelled", e);
        } catch (MissingObjectException e) {
            return entries; // a partial clone lacks a blob: the files are still changed, only not paired as moves
        }
    }

    private FileChange toChange(DiffEntry entry, boolean countLines) throws IOException {
        int[] lines = countLines ? lineCounts.of(entry) : LineCounts.NOT_COUNTED;
        return switch (entry.getChangeType()) {
            case ADD, COPY -> new FileChange(entry.getNewPath(), null, FileChange.Kind.ADD, lines[0], lines[1]);
            case DELETE -> new FileChange(entry.getOldPath(), null, FileChange.Kind.DELETE, lines[0], lines[1]);
            case MODIFY -> new FileChange(entry.getNewPath(), null, FileChange.Kind.MODIFY, lines[0], lines[1]);
            case RENAME -> new FileChange(entry.getNewPath(), entry.getOldPath(), FileChange.Kind.RENAME, lines[0],
                    lines[1]);
        };
    }

    @Override
    public void close() {
        revWalk.close();
        reader.close();
    }
}
