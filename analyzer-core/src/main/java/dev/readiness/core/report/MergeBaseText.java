package dev.readiness.core.report;

import dev.readiness.core.analysis.MergeBaseDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a branch moved the score and its files' code health since the merge base, in words every report shares. */
public final class MergeBaseText {

    /** How many changed files the text and Markdown reports list, the worst first; JSON lists them all. */
    public static final int SHOWN_FILES = 10;

    private MergeBaseText() {
    }

    /** "Score at the merge base 71.7, now 70.9 (-0.8)"; "n/a" for a side that was not measured. */
    public static String score(MergeBaseDelta delta) {
        return "Score at the merge base " + value(delta.score().before()) + ", now " + value(delta.score().now())
                + change(delta.score().change());
    }

    /** "9.6 → 8.9 (-0.7)", "new → 10.0" for an added file, "7.2 → gone" for a deleted one. */
    public static String health(MergeBaseDelta.FileChange file) {
        return (file.before() == null ? "new" : value(file.before())) + " → "
                + (file.now() == null ? "gone" : value(file.now())) + change(file.change());
    }

    /** The file's path, with where it was at the merge base when the branch renamed it. */
    public static String path(MergeBaseDelta.FileChange file) {
        return file.previousPath() == null ? file.path() : file.path() + " (was " + file.previousPath() + ")";
    }

    /** "Code health of the 3 changed production files, at the merge base → now". */
    public static String filesHeading(MergeBaseDelta delta) {
        return "Code health of the " + changedFiles(delta) + ", at the merge base → now";
    }

    /** "Code health of the 3 changed production files: unchanged", when no file's health moved. */
    public static String unchanged(MergeBaseDelta delta) {
        return "Code health of the " + changedFiles(delta) + ": unchanged";
    }

    /** What the text and Markdown reports list: the files whose health moved, the worst first, at most ten. */
    public static List<MergeBaseDelta.FileChange> listed(MergeBaseDelta delta) {
        return delta.moved().stream().limit(SHOWN_FILES).toList();
    }

    /** "... 2 more (the JSON report lists them all), 17 unchanged" for what is not listed; empty when all is. */
    public static Optional<String> rest(MergeBaseDelta delta) {
        List<String> parts = new ArrayList<>();
        int moved = delta.moved().size();
        if (moved > SHOWN_FILES) {
            parts.add((moved - SHOWN_FILES) + " more (the JSON report lists them all)");
        }
        if (delta.files().size() > moved) {
            parts.add((delta.files().size() - moved) + " unchanged");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of("... " + String.join(", ", parts));
    }

    private static String changedFiles(MergeBaseDelta delta) {
        int count = delta.files().size();
        return count == 1 ? "changed production file" : count + " changed production files";
    }

    private static String change(Double change) {
        return change == null ? "" : String.format(Locale.ROOT, " (%+.1f)", change);
    }

    private static String value(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }
}
