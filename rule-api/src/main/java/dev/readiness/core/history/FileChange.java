package dev.readiness.core.history;

/**
 * One file changed by a commit. {@code previousPath} is set for renames (else null). Line counts are -1
 * when they were not counted (only commits inside the line-count window are diffed line by line).
 */
public record FileChange(String path, String previousPath, Kind kind, int linesAdded, int linesDeleted) {

    public enum Kind { ADD, MODIFY, DELETE, RENAME }

    public boolean linesCounted() {
        return linesAdded >= 0;
    }
}
