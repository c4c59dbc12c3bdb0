package dev.readiness.core.baseline;

import dev.readiness.core.rule.Region;
import java.util.BitSet;
import java.util.Map;

/**
 * The lines changed since the merge base of a ref and HEAD, per current path (read by {@link GitChanges}):
 * added or modified lines; a file that changed without a line of its own surviving (lines only deleted,
 * binary content) is changed with no lines.
 */
public final class ChangedLines {

    private final String mergeBase;
    private final Map<String, BitSet> linesByPath;

    ChangedLines(String mergeBase, Map<String, BitSet> linesByPath) {
        this.mergeBase = mergeBase;
        this.linesByPath = Map.copyOf(linesByPath);
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
}
