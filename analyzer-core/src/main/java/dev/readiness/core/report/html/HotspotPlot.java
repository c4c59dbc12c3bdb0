package dev.readiness.core.report.html;

import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.Hotspots.ChangedFile;
import dev.readiness.core.report.html.Svg.At;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hotspot chart's SVG: changes on a log scale against code health, one bubble per file with its area
 * proportional to its lines of code, the zone of the hotspots shaded, their bubbles outlined and the first named.
 */
final class HotspotPlot {

    private static final int LABELS = 5;
    private static final double WIDTH = 880;
    private static final double HEIGHT = 440;
    private static final double LEFT = 56;
    private static final double RIGHT = 24;
    private static final double TOP = 12;
    private static final double BOTTOM = 52;
    private static final double MAX_RADIUS = 22;
    private static final double MIN_RADIUS = 2.5;
    /** Space between the axes and the nearest bubble centre, so bubbles at the extremes stay inside. */
    private static final double INSET = 18;
    /** Share of the gap between two change counts that files with the same count spread over. */
    private static final double COLUMN = 0.6;
    private static final double LABEL_CHAR_WIDTH = 6.2;
    private static final int[] TICKS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000};

    private final List<ChangedFile> hotspots;
    private final Set<String> hotPaths;
    private final int maxChanges;
    private final int maxLines;
    private final StringBuilder svg = new StringBuilder();

    /**
     * @param all      every changed file, most urgent first (the scales are computed from them)
     * @param hotspots the hotspots among them, highest score first
     */
    HotspotPlot(List<ChangedFile> all, List<ChangedFile> hotspots) {
        this.hotspots = hotspots;
        this.hotPaths = hotspots.stream().map(ChangedFile::path).collect(Collectors.toSet());
        this.maxChanges = all.stream().mapToInt(ChangedFile::changes).max().orElse(1);
        this.maxLines = all.stream().mapToInt(point -> point.file().linesOfCode()).max().orElse(1);
    }

    /** The chart of {@code drawn} (a prefix of all files), its x axis titled {@code axis}. */
    String render(List<ChangedFile> drawn, String axis) {
        svg.append("<svg id=\"hotspot-chart\" viewBox=\"0 0 ").append((int) WIDTH).append(' ').append((int) HEIGHT)
                .append("\" role=\"img\" aria-label=\"hotspot chart\">");
        zone();
        axes(axis);
        drawn.stream().sorted(Comparator.comparingInt((ChangedFile point) -> point.file().linesOfCode()).reversed()
                        .thenComparing(point -> point.file().path()))
                .forEach(this::bubble);
        labels();
        return svg.append("</svg>").toString();
    }

    private double x(int changes) {
        return LEFT + INSET + (WIDTH - LEFT - RIGHT - 2 * INSET) * Math.log(changes) / Math.log(Math.max(maxChanges, 2));
    }

    private double y(double health) {
        return TOP + INSET + (HEIGHT - TOP - BOTTOM - 2 * INSET) * (10 - health) / 9;
    }

    /**
     * A bubble's centre: files with the same number of changes are spread over the first part of the gap to
     * the next count, so they do not stack into one line; the spread comes from the path, so it never varies.
     */
    private At centre(ChangedFile point) {
        double gap = x(point.changes() + 1) - x(point.changes());
        double spread = Math.floorMod(point.file().path().hashCode(), 1000) / 1000.0 * COLUMN * gap;
        return new At(x(point.changes()) + spread, y(point.file().health()));
    }

    private double radius(ChangedFile point) {
        return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt((double) point.file().linesOfCode() / maxLines);
    }

    /**
     * Right of the hotspot with the fewest changes, at every health: the hotspots and nothing else, except files cut
     * from the most-changed quarter by the path tie-break (their bubbles are not outlined).
     */
    private void zone() {
        if (hotspots.isEmpty()) {
            return;
        }
        double left = x(hotspots.stream().mapToInt(ChangedFile::changes).min().orElseThrow()) - 4;
        svg.append(Svg.rect(new At(left, TOP), new At(WIDTH - RIGHT - left, HEIGHT - BOTTOM - TOP), "hot-zone"));
        svg.append(Svg.text(new At(WIDTH - RIGHT - 6, HEIGHT - BOTTOM - 8), "end", "zone-label",
                "hotspots: most changed, ranked by risk"));
    }

    private void axes(String axis) {
        double bottom = HEIGHT - BOTTOM;
        svg.append(Svg.line(new At(LEFT, bottom), new At(WIDTH - RIGHT, bottom), "axis"))
                .append(Svg.line(new At(LEFT, TOP), new At(LEFT, bottom), "axis"));
        for (int tick : TICKS) {
            if (tick <= maxChanges) {
                double at = x(tick) + COLUMN / 2 * (x(tick + 1) - x(tick)); // the middle of the tick's column
                svg.append(Svg.line(new At(at, bottom), new At(at, bottom + 5), "axis"))
                        .append(Svg.text(new At(at, bottom + 18), "middle", "tick", String.valueOf(tick)));
            }
        }
        for (double health : new double[] {1, 4, 9, 10}) {
            svg.append(Svg.text(new At(LEFT - 8, y(health) + 4), "end", "tick", Html.number(health, 0)));
        }
        svg.append(Svg.line(new At(LEFT, y(4)), new At(WIDTH - RIGHT, y(4)), "band-line red"))
                .append(Svg.line(new At(LEFT, y(9)), new At(WIDTH - RIGHT, y(9)), "band-line green"));
        svg.append(Svg.text(new At((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 8), "middle", "axis-title",
                axis + " (log scale)"));
        svg.append("<text class=\"axis-title\" text-anchor=\"middle\" transform=\"translate(16 ")
                .append(Html.number((TOP + bottom) / 2, 1)).append(") rotate(-90)\">code health (10 = healthy)</text>");
    }

    private void bubble(ChangedFile point) {
        FileHealth file = point.file();
        At centre = centre(point);
        svg.append("<circle class=\"bubble ").append(file.band().id())
                .append(hotPaths.contains(file.path()) ? " hotspot" : "").append("\" cx=\"")
                .append(Html.number(centre.x(), 1)).append("\" cy=\"").append(Html.number(centre.y(), 1))
                .append("\" r=\"").append(Html.number(radius(point), 1)).append("\" data-path=\"")
                .append(Html.escape(file.path())).append("\" tabindex=\"0\"><title>")
                .append(Html.escape(file.path() + ": " + point.changes() + " changes, health "
                        + Html.number(file.health(), 1) + ", " + file.linesOfCode() + " lines of code"))
                .append("</title></circle>");
    }

    /** Names the first hotspots, skipping a label that would overlap one already placed. */
    private void labels() {
        List<At[]> placed = new ArrayList<>();
        for (ChangedFile point : hotspots) {
            if (placed.size() == LABELS) {
                break;
            }
            String name = HotspotChart.fileName(point.file().path());
            double width = name.length() * LABEL_CHAR_WIDTH;
            double left = Math.min(Math.max(centre(point).x() - width / 2, LEFT + 2), WIDTH - RIGHT - width);
            double baseline = centre(point).y() - radius(point) - 3;
            At[] box = {new At(left, baseline - 11), new At(left + width, baseline + 2)};
            if (placed.stream().noneMatch(other -> overlap(box, other))) {
                placed.add(box);
                svg.append(Svg.text(new At(left, baseline), "start", "bubble-label", name));
            }
        }
    }

    private static boolean overlap(At[] a, At[] b) {
        return a[0].x() < b[1].x() && b[0].x() < a[1].x() && a[0].y() < b[1].y() && b[0].y() < a[1].y();
    }
}
