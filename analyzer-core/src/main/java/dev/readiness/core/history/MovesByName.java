package dev.readiness.core.history;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.SimilarityIndex;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Moves that rename detection skipped: a commit adding and deleting more files than Git's rename limit (a package
 * move of hundreds of classes) gets no content renames at all, so every moved file would look newly written by the
 * mover. Here an added and a deleted file with the same name, each the only one of that name among the adds and the
 * deletes, are one file moved when their contents are similar enough: the pairing is linear, not all against all.
 */
final class MovesByName {

    private MovesByName() {
    }

    /** The deleted entry each added entry was moved from, by identity of the added entry. */
    static Map<DiffEntry, DiffEntry> of(List<DiffEntry> entries, ObjectReader reader, int minScore) throws IOException {
        Map<String, DiffEntry> added = uniqueByName(entries, DiffEntry.ChangeType.ADD);
        Map<String, DiffEntry> deleted = uniqueByName(entries, DiffEntry.ChangeType.DELETE);
        Map<DiffEntry, DiffEntry> moves = new IdentityHashMap<>();
        for (Map.Entry<String, DiffEntry> add : added.entrySet()) {
            DiffEntry delete = deleted.get(add.getKey());
            if (delete != null && similar(reader, delete.getOldId(), add.getValue().getNewId(), minScore)) {
                moves.put(add.getValue(), delete);
            }
        }
        return moves;
    }

    private static Map<String, DiffEntry> uniqueByName(List<DiffEntry> entries, DiffEntry.ChangeType type) {
        Map<String, DiffEntry> byName = new HashMap<>();
        Set<String> repeated = new HashSet<>();
        for (DiffEntry entry : entries) {
            if (entry.getChangeType() == type) {
                String path = type == DiffEntry.ChangeType.ADD ? entry.getNewPath() : entry.getOldPath();
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (byName.putIfAbsent(name, entry) != null) {
                    repeated.add(name);
                }
            }
        }
        repeated.forEach(byName::remove);
        return byName;
    }

    private static boolean similar(ObjectReader reader, AbbreviatedObjectId before, AbbreviatedObjectId after,
                                   int minScore) throws IOException {
        if (before.equals(after)) {
            return true;
        }
        try {
            SimilarityIndex old = SimilarityIndex.create(reader.open(before.toObjectId(), Constants.OBJ_BLOB));
            SimilarityIndex moved = SimilarityIndex.create(reader.open(after.toObjectId(), Constants.OBJ_BLOB));
            return old.score(moved, 100) >= minScore;
        } catch (SimilarityIndex.TableFullException | MissingObjectException tooLargeOrMissing) {
            return false;
        }
    }
}
