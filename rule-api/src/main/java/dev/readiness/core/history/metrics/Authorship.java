package dev.readiness.core.history.metrics;

import dev.readiness.core.history.FileHistory;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Degree of authorship (Avelino, Passos, Hora, Valente, ICPC 2016):
 * DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC), where FA = 1 if the developer created the file,
 * DL = the developer's changes to it (its creation included) and AC = changes by others. A developer is an
 * author of the file when DOA ≥ 3.293 and DOA / the file's highest DOA &gt; 0.75.
 */
public final class Authorship {

    public static final double BASE = 3.293;
    public static final double NORMALISED_THRESHOLD = 0.75;

    private Authorship() {
    }

    public static double doa(boolean firstAuthor, int deliveries, int othersChanges) {
        return BASE + 1.098 * (firstAuthor ? 1 : 0) + 0.164 * deliveries - 0.321 * Math.log(1 + othersChanges);
    }

    /** DOA of every developer who changed the file, by author key. */
    public static Map<String, Double> degrees(FileHistory file) {
        Map<String, Double> degrees = new TreeMap<>();
        file.revisionsByAuthor().forEach((author, changes) -> degrees.put(author,
                doa(author.equals(file.creator()), changes, file.revisions() - changes)));
        return degrees;
    }

    /** The authors of the file by author key, sorted. */
    public static Set<String> authors(FileHistory file) {
        Map<String, Double> degrees = degrees(file);
        double max = degrees.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Set<String> authors = new TreeSet<>();
        degrees.forEach((author, degree) -> {
            if (degree >= BASE && degree / max > NORMALISED_THRESHOLD) {
                authors.add(author);
            }
        });
        return authors;
    }
}
