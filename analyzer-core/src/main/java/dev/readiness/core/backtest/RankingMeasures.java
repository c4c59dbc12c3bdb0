package dev.readiness.core.backtest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How well one ranking of files foretold where fixes landed. Files with equal scores are a tie: no measure
 * depends on how a tie is ordered. Inside a tie that straddles a cut-off, a measure counts the share of the
 * tie's fixes that a reader taking its files in random order would expect to find before the cut-off.
 */
final class RankingMeasures {

    /** One file: its size, how many fix commits touched it after T0 and the ranking's score (higher: riskier). */
    record Ranked(String path, int linesOfCode, int fixes, double score) {
    }

    /**
     * The measures of one ranking; {@code effortCurve} holds the share of fix touches found after reading each
     * {@value #CURVE_STEP}-share of the lines in its order: 0 %, 5 %, ... 100 %.
     */
    record Result(double auc, double effortAwareRecall, double topTenFixShare, double topTenCodeShare,
                  double topTenthFixShare, double topTenthCodeShare, List<Double> effortCurve) {
    }

    /** The share of the code read, in lines, when effort-aware recall is taken. */
    static final double EFFORT_SHARE = 0.20;
    static final int TOP_FILES = 10;
    static final double TOP_SHARE = 0.10;
    static final double CURVE_STEP = 0.05;

    private RankingMeasures() {
    }

    static Result of(List<Ranked> files) {
        List<List<Ranked>> ties = ties(files);
        long totalLines = files.stream().mapToLong(Ranked::linesOfCode).sum();
        long totalFixes = files.stream().mapToLong(Ranked::fixes).sum();
        int topTenth = (int) Math.ceil(files.size() * TOP_SHARE);
        Share topTen = firstFiles(ties, TOP_FILES);
        Share tenth = firstFiles(ties, topTenth);
        return new Result(auc(ties), share(firstLines(ties, totalLines * EFFORT_SHARE).fixes(), totalFixes),
                share(topTen.fixes(), totalFixes), share(topTen.lines(), totalLines),
                share(tenth.fixes(), totalFixes), share(tenth.lines(), totalLines),
                effortCurve(ties, totalLines, totalFixes));
    }

    private static List<Double> effortCurve(List<List<Ranked>> ties, long totalLines, long totalFixes) {
        int steps = (int) Math.round(1 / CURVE_STEP);
        List<Double> curve = new ArrayList<>(steps + 1);
        for (int step = 0; step <= steps; step++) {
            curve.add(share(firstLines(ties, totalLines * (double) step / steps).fixes(), totalFixes));
        }
        return List.copyOf(curve);
    }

    /**
     * ROC AUC for "the file got at least one fix": the chance that a file that did scores above one that did not,
     * a tie counting one half (Mann-Whitney U over the number of pairs). NaN without both kinds of file.
     */
    static double auc(List<List<Ranked>> ties) {
        double positives = 0;
        double negatives = 0;
        double wins = 0;
        // ties come highest score first: every negative below a positive is a win
        double negativesBelow = ties.stream().flatMap(List::stream).filter(file -> file.fixes() == 0).count();
        for (List<Ranked> tie : ties) {
            long fixed = tie.stream().filter(file -> file.fixes() > 0).count();
            long unfixed = tie.size() - fixed;
            negativesBelow -= unfixed;
            wins += fixed * (negativesBelow + unfixed / 2.0);
            positives += fixed;
            negatives += unfixed;
        }
        return positives == 0 || negatives == 0 ? Double.NaN : wins / (positives * negatives);
    }

    /** What reading the ranked files in order finds: fixes and lines, fractions of a straddling tie included. */
    record Share(double fixes, double lines) {
    }

    /** Reading whole files until {@code budget} lines are read; of the tie that crosses it, a proportional part. */
    static Share firstLines(List<List<Ranked>> ties, double budget) {
        double fixes = 0;
        double lines = 0;
        for (List<Ranked> tie : ties) {
            long tieLines = tie.stream().mapToLong(Ranked::linesOfCode).sum();
            long tieFixes = tie.stream().mapToLong(Ranked::fixes).sum();
            double part = tieLines == 0 ? 1 : Math.min(1, (budget - lines) / tieLines);
            if (part <= 0) {
                break;
            }
            fixes += tieFixes * part;
            lines += tieLines * part;
        }
        return new Share(fixes, lines);
    }

    /** The first {@code count} files; of the tie that crosses the count, a proportional part. */
    static Share firstFiles(List<List<Ranked>> ties, int count) {
        double fixes = 0;
        double lines = 0;
        int taken = 0;
        for (List<Ranked> tie : ties) {
            if (taken >= count) {
                break;
            }
            double part = Math.min(1, (double) (count - taken) / tie.size());
            fixes += tie.stream().mapToLong(Ranked::fixes).sum() * part;
            lines += tie.stream().mapToLong(Ranked::linesOfCode).sum() * part;
            taken += tie.size();
        }
        return new Share(fixes, lines);
    }

    /** The files grouped by equal score, highest score first. */
    static List<List<Ranked>> ties(List<Ranked> files) {
        List<Ranked> sorted = files.stream()
                .sorted(Comparator.comparingDouble((ToDoubleFunction<Ranked>) Ranked::score).reversed()
                        .thenComparing(Ranked::path))
                .toList();
        List<List<Ranked>> ties = new ArrayList<>();
        for (Ranked file : sorted) {
            if (ties.isEmpty() || Double.compare(ties.get(ties.size() - 1).get(0).score(), file.score()) != 0) {
                ties.add(new ArrayList<>());
            }
            ties.get(ties.size() - 1).add(file);
        }
        return ties;
    }

    private static double share(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
