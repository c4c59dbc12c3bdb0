package dev.readiness.core.baseline;

import dev.readiness.core.rule.Region;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lines changed since the merge base of a ref and HEAD, per current path (read by {@link GitChanges}):
 * added or modified lines; a file that changed without a line of its own surviving (lines only deleted,
 * binary content) is changed with no lines. Also where each renamed file was at the merge base, and which
 * files were deleted since.
 */
public final class ChangedLines {

    private final String mergeBase;
    private final Map<String, BitSet> linesByPath;
    private final Map<String, String> previousPaths;
    private final Map<String, String> currentPaths = new HashMap<>();
    private final Set<String> deleted;

    ChangedLines(String mergeBase, Map<String, BitSet> linesByPath) {
        this(mergeBase, linesByPath, Map.of(), Set.of());
    }

    /**
     * @param previousPaths the merge base's path of each renamed file, by its current path
     * @param deleted       the merge base's paths of the files deleted since
     */
    ChangedLines(String mergeBase, Map<String, BitSet> linesByPath, Map<String, String> previousPaths,
                 Set<String> deleted) {
        this.mergeBase = mergeBase;
        this.linesByPath = Map.copyOf(linesByPath);
        this.previousPaths = Map.copyOf(previousPaths);
        this.deleted = Set.copyOf(deleted);
        previousPaths.forEach((current, previous) -> currentPaths.put(previous, current));
    }

    /** The merge base's commit id. */
    public String mergeBase() {
        return mergeBase;
    }

    /** Whether the file at {@code path} changed at all (added, modified or renamed with edits). */
    public boolean fileChanged(String path) {
        return linesByPath.containsKey(path);
    }

    /** Whether any line of {@code region} in {@code path} was added or modified. */
    public boolean touches(String path, Region region) {
        BitSet lines = linesByPath.get(path);
        if (lines == null) {
            return false;
        }
        int next = lines.nextSetBit(region.startLine());
        return next >= 0 && next <= region.endLine();
    }

    /** The changed files' current paths, sorted. */
    public Set<String> changedPaths() {
        return new TreeSet<>(linesByPath.keySet());
    }

    /** The merge base's paths of the files deleted since, sorted. */
    public Set<String> deletedPaths() {
        return new TreeSet<>(deleted);
    }

    /** Where the file now at {@code path} was at the merge base: its old path when it was renamed, else the same. */
    public String pathAtMergeBase(String path) {
        return previousPaths.getOrDefault(path, path);
    }

    /** The current path of the file that was at {@code basePath} in the merge base: its new path when renamed. */
    public String currentPath(String basePath) {
        return currentPaths.getOrDefault(basePath, basePath);
    }
}
