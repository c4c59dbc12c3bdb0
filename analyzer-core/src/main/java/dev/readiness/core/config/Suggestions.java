package dev.readiness.core.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** "Did you mean" for misspelt keys and layer names: the closest candidate by edit distance, if close. */
final class Suggestions {

    private Suggestions() {
    }

    /** {@code "; did you mean 'x'?"} or "" when no candidate is close enough. */
    static String didYouMean(String given, Collection<String> candidates) {
        return candidates.stream()
                .filter(candidate -> distance(given, candidate) <= Math.max(2, candidate.length() / 3))
                .min(Comparator.comparingInt((String candidate) -> distance(given, candidate))
                        .thenComparing(Comparator.naturalOrder()))
                .map(candidate -> "; did you mean '" + candidate + "'?")
                .orElse("");
    }

    /** Levenshtein distance, ignoring case (mayonlyaccess is surely mayOnlyAccess). */
    static int distance(String a, String b) {
        String left = a.toLowerCase(Locale.ROOT);
        String right = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int j = 0; j <= right.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= right.length(); j++) {
                int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length()];
    }
}
