package dev.readiness.core.analysis;

import java.util.Comparator;
import java.util.List;

/**
 * With {@code --new-since}: how the branch moved the readiness score (at the merge base and now) and the code
 * health of each production Java file it changed, added, renamed with edits or deleted, sorted by path.
 */
public record MergeBaseDelta(Trend.Change score, List<FileChange> files) {

    public MergeBaseDelta {
        files = files.stream().sorted(Comparator.comparing(FileChange::path)).toList();
    }

    /**
     * One changed production file: its path now (at the merge base for a deleted file), its path at the merge base
     * when it was renamed (null otherwise), and its code health at the merge base and now (null: the file did not
     * exist then, or does not now).
     */
    public record FileChange(String path, String previousPath, Double before, Double now) {

        /** Now minus before, one decimal; null for a file added or deleted. */
        public Double change() {
            return new Trend.Change(before, now).change();
        }
    }

    /** The files whose health fell most first, then added and deleted files, then by path: what a reviewer reads first. */
    public List<FileChange> worstFirst() {
        Comparator<FileChange> byChange = Comparator.comparing(file -> file.change() == null
                ? Double.MAX_VALUE : file.change());
        return files.stream().sorted(byChange.thenComparing(FileChange::path)).toList();
    }

    /** {@link #worstFirst()} without the files whose health did not move. */
    public List<FileChange> moved() {
        return worstFirst().stream().filter(file -> file.change() == null || file.change() != 0).toList();
    }
}
