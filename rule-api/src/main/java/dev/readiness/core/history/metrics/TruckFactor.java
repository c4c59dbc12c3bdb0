package dev.readiness.core.history.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Avelino et al.'s greedy truck factor: remove the developer who authors the most files (ties: the smaller
 * key) until fewer than half of the files have an author left; the truck factor is the number removed.
 */
public final class TruckFactor {

    /** The truck factor, the people removed in order (author keys) and how many files each authors in all. */
    public record Result(int factor, List<String> keyPeople, Map<String, Integer> filesByPerson, int files) {
    }

    private TruckFactor() {
    }

    /** {@code authorsByFile}: every file considered (also those without an author) → its authors. */
    public static Result compute(Map<String, Set<String>> authorsByFile) {
        Map<String, Set<String>> remaining = new HashMap<>();
        authorsByFile.forEach((file, authors) -> remaining.put(file, new HashSet<>(authors)));
        Map<String, Integer> authored = fileCounts(authorsByFile);
        List<String> removed = new ArrayList<>();
        Map<String, Integer> filesByPerson = new HashMap<>();
        while (covered(remaining) * 2 >= remaining.size()) {
            Optional<Map.Entry<String, Integer>> top = topAuthor(remaining);
            if (top.isEmpty()) {
                break;
            }
            String author = top.get().getKey();
            removed.add(author);
            filesByPerson.put(author, authored.get(author));
            remaining.values().forEach(authors -> authors.remove(author));
        }
        return new Result(removed.size(), List.copyOf(removed), Map.copyOf(filesByPerson), authorsByFile.size());
    }

    private static long covered(Map<String, Set<String>> authorsByFile) {
        return authorsByFile.values().stream().filter(authors -> !authors.isEmpty()).count();
    }

    private static Map<String, Integer> fileCounts(Map<String, Set<String>> authorsByFile) {
        Map<String, Integer> files = new HashMap<>();
        authorsByFile.values().forEach(authors -> authors.forEach(author -> files.merge(author, 1, Integer::sum)));
        return files;
    }

    private static Optional<Map.Entry<String, Integer>> topAuthor(Map<String, Set<String>> authorsByFile) {
        return fileCounts(authorsByFile).entrySet().stream().max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
    }
}
