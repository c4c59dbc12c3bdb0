package dev.readiness.core.rule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * A rule's findings as labelled on the corpus (bench/precision): how many were correct and worth attention (TRUE),
 * correct but arguable (DEBATABLE) and wrong (FALSE), on how many repositories. Its {@link #share() precision} is
 * the share of TRUE. A rule correct less often than {@link #BAR} on at least {@link #MIN_SAMPLE} labels is below
 * the bar: it is off by default until it is fixed (asked for, it reports notes, off the score), and its help and
 * SARIF properties say so.
 */
public record MeasuredPrecision(int trueFindings, int debatable, int falseFindings, int repositories) {

    /** Where the rules module ships the measurements, written by bench/precision/precision.py --write. */
    public static final String RESOURCE = "META-INF/readiness/precision.tsv";
    /** The share of TRUE findings, in per cent, a rule needs to run by default, at its level and on the score. */
    public static final int BAR_PERCENT = 80;
    public static final double BAR = BAR_PERCENT / 100.0;
    public static final int MIN_SAMPLE = 5;

    private static final Map<ClassLoader, Map<String, MeasuredPrecision>> LOADED =
            Collections.synchronizedMap(new WeakHashMap<>());

    public MeasuredPrecision {
        if (trueFindings < 0 || debatable < 0 || falseFindings < 0 || repositories < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public int labelled() {
        return trueFindings + debatable + falseFindings;
    }

    /** The precision: the share of TRUE labels, 0 when nothing was labelled. */
    public double share() {
        return labelled() == 0 ? 0 : (double) trueFindings / labelled();
    }

    /** The share of FALSE labels: findings that misread the code. */
    public double wrongShare() {
        return labelled() == 0 ? 0 : (double) falseFindings / labelled();
    }

    /** Enough labels, and too few of them correct. */
    public boolean belowBar() {
        return labelled() >= MIN_SAMPLE && share() < BAR;
    }

    /** The SARIF precision this measurement supports, from the share of TRUE. */
    public Precision precision() {
        double share = share();
        return share >= 0.95 ? Precision.VERY_HIGH : share >= 0.8 ? Precision.HIGH
                : share >= 0.6 ? Precision.MEDIUM : Precision.LOW;
    }

    /** "40 % correct, 45 % debatable, 15 % wrong, of 20 labelled findings on 8 repositories". */
    public String describe() {
        int labelled = labelled();
        return String.format(Locale.ROOT, "%d %% correct, %d %% debatable, %d %% wrong, of %d labelled finding%s on %d "
                        + "repositor%s", percent(trueFindings), percent(debatable), percent(falseFindings), labelled,
                labelled == 1 ? "" : "s", repositories, repositories == 1 ? "y" : "ies");
    }

    private long percent(int count) {
        return labelled() == 0 ? 0 : Math.round(100.0 * count / labelled());
    }

    /** The measurement of rule {@code id} shipped on {@code loader}'s class path, if any. */
    public static Optional<MeasuredPrecision> of(ClassLoader loader, String id) {
        return Optional.ofNullable(LOADED.computeIfAbsent(loader, MeasuredPrecision::load).get(id));
    }

    private static Map<String, MeasuredPrecision> load(ClassLoader loader) {
        Map<String, MeasuredPrecision> byRule = new HashMap<>();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return byRule;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split("\t");
                if (line.startsWith("#") || columns.length != 5 || columns[0].equals("rule")) {
                    continue;
                }
                byRule.put(columns[0], new MeasuredPrecision(Integer.parseInt(columns[1]), Integer.parseInt(columns[2]),
                        Integer.parseInt(columns[3]), Integer.parseInt(columns[4])));
            }
            return byRule;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
