package dev.readiness.core.history;

import java.io.IOException;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.BinaryBlobException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Lines added and deleted by one file change, as {@code git diff --numstat} counts them (histogram diff).
 * Binary files, and files too big to diff, count 0 lines.
 */
final class LineCounts {

    static final int[] NOT_COUNTED = {-1, -1};
    private static final int BIG_FILE_THRESHOLD = 16 * 1024 * 1024;
    private static final DiffAlgorithm ALGORITHM = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

    private final ObjectReader reader;

    LineCounts(ObjectReader reader) {
        this.reader = reader;
    }

    int[] of(DiffEntry entry) throws IOException {
        return of(entry.getChangeType() == DiffEntry.ChangeType.ADD ? null : entry.getOldId(),
                entry.getChangeType() == DiffEntry.ChangeType.DELETE ? null : entry.getNewId());
    }

    /** Lines added and deleted from the blob {@code oldId} to {@code newId}; null stands for no file. */
    int[] of(AbbreviatedObjectId oldId, AbbreviatedObjectId newId) throws IOException {
        try {
            RawText before = oldId == null ? RawText.EMPTY_TEXT : load(oldId);
            RawText after = newId == null ? RawText.EMPTY_TEXT : load(newId);
            if (before.size() == 0 || after.size() == 0) {
                return new int[] {after.size(), before.size()};
            }
            EditList edits = ALGORITHM.diff(RawTextComparator.DEFAULT, before, after);
            int added = 0;
            int deleted = 0;
            for (Edit edit : edits) {
                added += edit.getLengthB();
                deleted += edit.getLengthA();
            }
            return new int[] {added, deleted};
        } catch (BinaryBlobException e) {
            return new int[] {0, 0};
        } catch (MissingObjectException e) {
            return NOT_COUNTED; // a partial clone lacks the blob
        }
    }

    private RawText load(AbbreviatedObjectId id) throws IOException, BinaryBlobException {
        return RawText.load(reader.open(id.toObjectId(), Constants.OBJ_BLOB), BIG_FILE_THRESHOLD);
    }
}
