package dev.readiness.core.report;

import dev.readiness.core.score.CategoryScore;
import dev.readiness.core.score.ReadinessLevel;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.score.ScoreInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The readiness score as text: the summary lines of the text report and the full explanation. */
public final class ScoreText {

    private static final int NAME_WIDTH = 13;

    private ScoreText() {
    }

    /** "Readiness 72/100 (supervised)", or a line saying that nothing could be measured. */
    public static String headline(ReadinessScore score) {
        return score.displayed().map(value -> "Readiness " + value + "/100 ("
                        + score.level().map(ReadinessLevel::label).orElseThrow() + ")")
                .orElse("Readiness not measured: no category could be measured");
    }

    /** The headline and one line per category: its score (or N/A and why) and its weight. */
    public static List<String> summary(ReadinessScore score) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(score));
        for (CategoryScore category : score.categories()) {
            lines.add("  " + pad(category.category()) + (category.measured()
                    ? String.format(Locale.ROOT, "%3d", category.displayed()) + "  (weight " + weight(category) + ")"
                    : "N/A  (" + category.reason() + ")"));
        }
        drag(score).ifPresent(lines::add);
        return lines;
    }

    /** "Biggest drag: testing, 14.8 points of 100 lost (26/100, weight 20)"; empty when nothing drags. */
    public static Optional<String> drag(ReadinessScore score) {
        return score.biggestDrag().map(drag -> {
            CategoryScore category = score.category(drag.category()).orElseThrow();
            return String.format(Locale.ROOT, "Biggest drag: %s (%d/100, weight %s)", dragPhrase(drag),
                    category.displayed(), weight(category));
        });
    }

    /** "testing, 14.8 points of 100 lost": what every report says of the biggest drag. */
    public static String dragPhrase(ReadinessScore.Drag drag) {
        return String.format(Locale.ROOT, "%s, %.1f points of 100 lost", drag.category(), drag.points());
    }

    /** "Testing" for "testing": a category or sentence as it starts a line. */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** "(+1.5 points)": what fixing a finding gains, as the reports list it; "" when it gains nothing. */
    public static String gain(double points) {
        return points > 0 ? String.format(Locale.ROOT, "(+%.1f points)", points) : "";
    }

    /** Every category with each input's value and how it moved the score, in plain language; as shown. */
    public static List<String> explanation(ReadinessScore score) {
        return rawLines(score).stream().map(ShownText::of).toList();
    }

    private static List<String> rawLines(ReadinessScore score) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(score) + " - the weighted mean of the measured categories");
        drag(score).ifPresent(lines::add);
        for (CategoryScore category : score.categories()) {
            lines.add("");
            lines.add(category.measured()
                    ? category.category() + ": " + category.displayed() + "/100 (exactly " + category.score()
                            + ", weight " + weight(category) + ")"
                    : category.category() + ": N/A - " + category.reason() + "; left out, the other weights"
                            + " are renormalised");
            for (ScoreInput input : category.inputs()) {
                lines.add("  - " + input.name() + (input.value() == null ? "" : " = " + value(input.value())) + ": "
                        + input.effect());
            }
        }
        return lines;
    }

    private static String weight(CategoryScore category) {
        return value(category.weight());
    }

    /** A whole number without decimals, anything else with up to four. */
    static String value(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
    }

    private static String pad(String name) {
        return String.format(Locale.ROOT, "%-" + NAME_WIDTH + "s", name);
    }
}
