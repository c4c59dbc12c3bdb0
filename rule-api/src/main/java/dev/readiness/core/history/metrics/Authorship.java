package dev.readiness.core.history.metrics;

import dev.readiness.core.history.FileHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Degree of authorship (Avelino, Passos, Hora, Valente, ICPC 2016):
 * DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC), where FA = 1 if the developer created the file,
 * DL = the developer's changes to it (its creation included) and AC = changes by others. A developer is an
 * author of the file when DOA ≥ 3.293 and DOA / the file's highest DOA &gt; 0.75.
 *
 * <p>Knowledge fades as a file moves on. {@link #recentAuthors} are the authors by the same formula over the file's
 * latest work only: its changes in the {@link #LATEST_WORK} before its newest change (FA when it was created then).
 * Whoever did that work knows the file as it is, even when someone else wrote most of its commits years before; a
 * file nobody touched since keeps the knowledge of whoever touched it last. {@link #knowers} are both.
 */
public final class Authorship {

    public static final double BASE = 3.293;
    public static final double NORMALISED_THRESHOLD = 0.75;
    /** How far back from a file's newest change its latest work reaches. */
    public static final Duration LATEST_WORK = Duration.ofDays(365);

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

    /** The file's latest work: its changes in the {@link #LATEST_WORK} up to its newest change, newest first. */
    public static List<FileHistory.Revision> latestWork(FileHistory file) {
        Instant from = latestWorkStart(file);
        return file.timeline().stream().filter(revision -> !revision.time().isBefore(from)).toList();
    }

    /** DOA over the file's {@link #latestWork}. */
    public static Map<String, Double> recentDegrees(FileHistory file) {
        Map<String, Integer> changes = new HashMap<>();
        latestWork(file).forEach(revision -> changes.merge(revision.author(), 1, Integer::sum));
        int all = changes.values().stream().mapToInt(Integer::intValue).sum();
        boolean createdThen = file.firstChange() != null && !file.firstChange().isBefore(latestWorkStart(file));
        Map<String, Double> degrees = new TreeMap<>();
        changes.forEach((author, count) -> degrees.put(author,
                doa(createdThen && author.equals(file.creator()), count, all - count)));
        return degrees;
    }

    /** The authors of the file by author key, sorted. */
    public static Set<String> authors(FileHistory file) {
        return authorsOf(degrees(file));
    }

    /** The authors by {@link #recentDegrees}, sorted. */
    public static Set<String> recentAuthors(FileHistory file) {
        return authorsOf(recentDegrees(file));
    }

    /** Who knows the file: its {@link #authors} and its {@link #recentAuthors}, sorted. */
    public static Set<String> knowers(FileHistory file) {
        Set<String> knowers = new TreeSet<>(authors(file));
        knowers.addAll(recentAuthors(file));
        return knowers;
    }

    private static Instant latestWorkStart(FileHistory file) {
        return file.timeline().stream().map(FileHistory.Revision::time).max(Instant::compareTo).orElse(Instant.EPOCH)
                .minus(LATEST_WORK);
    }

    private static Set<String> authorsOf(Map<String, Double> degrees) {
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
