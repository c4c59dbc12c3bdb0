package dev.readiness.rules.context;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain entries of a root .gitignore: {@code runtime/} ignores every directory or file named runtime,
 * {@code /bin/} or {@code conf/slaves} only that path from the root. Entries with wildcards or negations are left
 * out, so a path is only called ignored when an entry names it.
 */
record PlainIgnoreEntries(List<String> anywhere, List<String> fromRoot) {

    static final PlainIgnoreEntries NONE = new PlainIgnoreEntries(List.of(), List.of());

    static PlainIgnoreEntries of(String gitignore) {
        List<String> anywhere = new ArrayList<>();
        List<String> fromRoot = new ArrayList<>();
        for (String line : gitignore.split("\\R")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#") || entry.startsWith("!") || entry.matches(".*[*?\\[\\\\].*")) {
                continue;
            }
            String trimmed = entry.replaceAll("/+$", "");
            if (trimmed.contains("/")) {
                fromRoot.add(trimmed.replaceFirst("^/", ""));
            } else if (!trimmed.isEmpty()) {
                anywhere.add(trimmed);
            }
        }
        return new PlainIgnoreEntries(List.copyOf(anywhere), List.copyOf(fromRoot));
    }

    /** An entry names {@code path} or a directory it is in. */
    boolean names(String path) {
        String prefix = "";
        for (String segment : path.split("/")) {
            prefix = prefix.isEmpty() ? segment : prefix + "/" + segment;
            if (anywhere.contains(segment) || fromRoot.contains(prefix)) {
                return true;
            }
        }
        return false;
    }
}
