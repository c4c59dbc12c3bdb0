package dev.readiness.core.report.html;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.RepositoryOverview;
import dev.readiness.core.analysis.RepositoryOverview.FileChanges;
import dev.readiness.core.metrics.Biomarker;
import dev.readiness.core.metrics.FileHealth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Change frequency against code health for every production file that changed, one bubble per file sized by
 * its lines of code: the hotspots are the unhealthy files that change often (bottom right). Clicking a bubble
 * or a table row filters the findings to that file. Drawn as inline SVG, so it prints and needs no script.
 */
final class HotspotChart {

    static final int MAX_BUBBLES = 800;
    static final int TABLE_ROWS = 10;
    private static final int LABELS = 5;
    private static final double WIDTH = 880;
    private static final double HEIGHT = 440;
    private static final double LEFT = 56;
    private static final double RIGHT = 24;
    private static final double TOP = 12;
    private static final double BOTTOM = 52;
    private static final double MAX_RADIUS = 22;
    /** Space between the axes and the nearest bubble centre, so bubbles at the extremes stay inside. */
    private static final double INSET = 18;
    /** Share of the gap between two change counts that files with the same count spread over. */
    private static final double COLUMN = 0.6;
    private static final int[] TICKS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000};

    /** A file as drawn: its changes (recent window or whole history) and health. */
    record Point(FileHealth file, int changes) {
        /** The same ranking as history/hotspot: change frequency × (10 − health). */
        double hotspotScore() {
            return changes * (10 - file.health());
        }
    }

    private HotspotChart() {
    }

    static void render(Html html, AnalysisResult result) {
        html.open("section", "id", "hotspots");
        html.element("h2", "Hotspots: change frequency against code health");
        RepositoryOverview overview = result.overview();
        List<Point> points = points(result);
        if (points.isEmpty()) {
            html.element("p", "No hotspot chart: " + (result.target() != null && !result.target().historyAvailable()
                    ? result.target().historyStatus() : "no production file changed in the history read") + ".",
                    "class", "empty");
            html.close("section");
            return;
        }
        boolean recent = overview.fileChanges().stream().anyMatch(file -> file.recentChanges() > 0);
        String axis = recent ? "changes since " + overview.recentWindowStart() : "changes in the history read";
        html.element("p", "One bubble per production file that changed (" + axis + "), sized by its lines of code. "
                + "Files low and to the right are the hotspots: unhealthy code that keeps changing, where agents "
                + "(and people) make the most mistakes. Click a bubble to see its findings.", "class", "lead");
        List<Point> drawn = points.stream().limit(MAX_BUBBLES).toList();
        if (drawn.size() < points.size()) {
            html.element("p", "Showing the " + drawn.size() + " most urgent of " + points.size() + " files.",
                    "class", "note");
        }
        html.open("div", "class", "chart");
        html.raw(svg(drawn, points, axis));
        html.close("div");
        table(html, points);
        html.close("section");
    }

    /** Changed production files with their health, most urgent first. */
    static List<Point> points(AnalysisResult result) {
        List<FileChanges> changes = result.overview().fileChanges();
        boolean recent = changes.stream().anyMatch(file -> file.recentChanges() > 0);
        Map<String, Integer> byPath = changes.stream().collect(Collectors.toMap(FileChanges::path,
                recent ? FileChanges::recentChanges : FileChanges::changes));
        return result.codeHealth().files().stream()
                .filter(file -> byPath.getOrDefault(file.path(), 0) > 0)
                .map(file -> new Point(file, byPath.get(file.path())))
                .sorted(Comparator.comparingDouble(Point::hotspotScore).reversed()
                        .thenComparing(point -> -point.changes()).thenComparing(point -> point.file().path()))
                .toList();
    }

    private static String svg(List<Point> drawn, List<Point> all, String axis) {
        int maxChanges = all.stream().mapToInt(Point::changes).max().orElse(1);
        int maxLines = all.stream().mapToInt(point -> point.file().linesOfCode()).max().orElse(1);
        Function<Integer, Double> x = changes -> LEFT + INSET + (WIDTH - LEFT - RIGHT - 2 * INSET)
                * Math.log(changes) / Math.log(Math.max(maxChanges, 2));
        Function<Double, Double> y = health -> TOP + INSET + (HEIGHT - TOP - BOTTOM - 2 * INSET) * (10 - health) / 9;
        StringBuilder svg = new StringBuilder("<svg id=\"hotspot-chart\" viewBox=\"0 0 " + (int) WIDTH + " "
                + (int) HEIGHT + "\" role=\"img\" aria-label=\"hotspot chart\">");
        // the most-changed quarter, as the history score counts it
        List<Point> byChanges = all.stream().sorted(Comparator.comparingInt(Point::changes).reversed()).toList();
        int threshold = byChanges.get(Math.max(0, (int) Math.ceil(all.size() * 0.25) - 1)).changes();
        double zoneLeft = threshold <= 1 ? LEFT : x.apply(threshold) - 4;
        svg.append(rect(zoneLeft, y.apply(9.0), WIDTH - RIGHT - zoneLeft, HEIGHT - BOTTOM - y.apply(9.0), "hot-zone"));
        svg.append(text(WIDTH - RIGHT - 6, HEIGHT - BOTTOM - 8, "end", "zone-label", "hotspots: most changed, not healthy"));
        axes(svg, x, y, maxChanges, axis);
        Function<Point, Double> centreX = point -> x.apply(point.changes()) + jitter(point, x);
        drawn.stream().sorted(Comparator.comparingInt((Point point) -> point.file().linesOfCode()).reversed()
                        .thenComparing(point -> point.file().path()))
                .forEach(point -> svg.append(bubble(point, centreX.apply(point), y, maxLines)));
        labels(svg, drawn, centreX, y, maxLines);
        return svg.append("</svg>").toString();
    }

    /**
     * Spreads files with the same number of changes over the first part of the gap to the next count, so equal
     * counts do not stack into one line; derived from the path, so the chart is the same on every run.
     */
    private static double jitter(Point point, Function<Integer, Double> x) {
        double gap = x.apply(point.changes() + 1) - x.apply(point.changes());
        return Math.floorMod(point.file().path().hashCode(), 1000) / 1000.0 * COLUMN * gap;
    }

    /** Names the most urgent non-green files, skipping a label that would overlap one already placed. */
    private static void labels(StringBuilder svg, List<Point> drawn, Function<Point, Double> centreX,
                               Function<Double, Double> y, int maxLines) {
        List<double[]> placed = new java.util.ArrayList<>();
        for (Point point : drawn) {
            if (placed.size() == LABELS || point.file().health() >= 9) {
                continue;
            }
            String name = fileName(point.file().path());
            double width = name.length() * 6.2;
            double left = Math.min(Math.max(centreX.apply(point) - width / 2, LEFT + 2), WIDTH - RIGHT - width);
            double baseline = y.apply(point.file().health()) - radius(point, maxLines) - 3;
            double[] box = {left, baseline - 11, left + width, baseline + 2};
            if (placed.stream().noneMatch(other -> box[0] < other[2] && other[0] < box[2] && box[1] < other[3]
                    && other[1] < box[3])) {
                placed.add(box);
                svg.append(text(left, baseline, "start", "bubble-label", name));
            }
        }
    }

    private static void axes(StringBuilder svg, Function<Integer, Double> x, Function<Double, Double> y,
                             int maxChanges, String axis) {
        double bottom = HEIGHT - BOTTOM;
        svg.append(line(LEFT, bottom, WIDTH - RIGHT, bottom, "axis")).append(line(LEFT, TOP, LEFT, bottom, "axis"));
        for (int tick : TICKS) {
            if (tick <= maxChanges) {
                double at = x.apply(tick) + COLUMN / 2 * (x.apply(tick + 1) - x.apply(tick)); // the column's middle
                svg.append(line(at, bottom, at, bottom + 5, "axis"))
                        .append(text(at, bottom + 18, "middle", "tick", String.valueOf(tick)));
            }
        }
        for (double health : new double[] {1, 4, 9, 10}) {
            svg.append(text(LEFT - 8, y.apply(health) + 4, "end", "tick", Html.number(health, 0)));
        }
        svg.append(line(LEFT, y.apply(4.0), WIDTH - RIGHT, y.apply(4.0), "band-line red"))
                .append(line(LEFT, y.apply(9.0), WIDTH - RIGHT, y.apply(9.0), "band-line green"));
        svg.append(text((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 8, "middle", "axis-title", axis + " (log scale)"));
        svg.append("<text class=\"axis-title\" text-anchor=\"middle\" transform=\"translate(16 "
                + Html.number((TOP + bottom) / 2, 1) + ") rotate(-90)\">code health (10 = healthy)</text>");
    }

    private static String bubble(Point point, double cx, Function<Double, Double> y, int maxLines) {
        FileHealth file = point.file();
        return "<circle class=\"bubble " + file.band().id() + "\" cx=\"" + Html.number(cx, 1)
                + "\" cy=\"" + Html.number(y.apply(file.health()), 1) + "\" r=\""
                + Html.number(radius(point, maxLines), 1) + "\" data-path=\"" + Html.escape(file.path())
                + "\" tabindex=\"0\"><title>" + Html.escape(file.path() + ": " + point.changes() + " changes, health "
                + Html.number(file.health(), 1) + ", " + file.linesOfCode() + " lines of code") + "</title></circle>";
    }

    private static double radius(Point point, int maxLines) {
        return 2.5 + (MAX_RADIUS - 2.5) * Math.sqrt((double) point.file().linesOfCode() / Math.max(maxLines, 1));
    }

    private static void table(Html html, List<Point> points) {
        html.raw("<div class=\"table-wrap\">").open("table", "class", "data hotspot-table");
        html.raw("<thead><tr><th>File</th><th class=\"num\">Changes</th><th class=\"num\">Health</th>"
                + "<th class=\"num\">Lines of code</th><th>What costs health</th></tr></thead><tbody>");
        for (Point point : points.stream().limit(TABLE_ROWS).toList()) {
            FileHealth file = point.file();
            html.open("tr", "class", "file-row", "data-path", file.path());
            int slash = file.path().lastIndexOf('/') + 1;
            html.open("td").element("strong", file.path().substring(slash)).raw("<br>")
                    .element("code", file.path().substring(0, slash), "class", "dir").close("td");
            html.element("td", String.valueOf(point.changes()), "class", "num");
            html.element("td", Html.number(file.health(), 1), "class", "num health " + file.band().id());
            html.element("td", String.valueOf(file.linesOfCode()), "class", "num");
            html.element("td", file.biomarkers().stream().sorted(Comparator.comparingDouble(Biomarker::penalty)
                    .reversed()).limit(3).map(marker -> marker.id().replace('-', ' '))
                    .collect(Collectors.joining(", ")));
            html.close("tr");
        }
        html.raw("</tbody></table></div>");
    }

    static String line(double x1, double y1, double x2, double y2, String cssClass) {
        return "<line class=\"" + cssClass + "\" x1=\"" + Html.number(x1, 1) + "\" y1=\"" + Html.number(y1, 1)
                + "\" x2=\"" + Html.number(x2, 1) + "\" y2=\"" + Html.number(y2, 1) + "\"/>";
    }

    static String text(double x, double y, String anchor, String cssClass, String text) {
        return "<text class=\"" + cssClass + "\" x=\"" + Html.number(x, 1) + "\" y=\"" + Html.number(y, 1)
                + "\" text-anchor=\"" + anchor + "\">" + Html.escape(text) + "</text>";
    }

    private static String rect(double x, double y, double width, double height, String cssClass) {
        return "<rect class=\"" + cssClass + "\" x=\"" + Html.number(x, 1) + "\" y=\"" + Html.number(y, 1)
                + "\" width=\"" + Html.number(Math.max(width, 0), 1) + "\" height=\"" + Html.number(height, 1) + "\"/>";
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
