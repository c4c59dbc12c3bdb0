package dev.readiness.core.report.html;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.RepositoryOverview;
import dev.readiness.core.analysis.RepositoryOverview.FileChanges;
import dev.readiness.core.metrics.Biomarker;
import dev.readiness.core.metrics.FileHealth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Change frequency against code health for every production file that changed, one bubble per file sized by
 * its lines of code: the hotspots are the unhealthy files that change often (bottom right). Clicking a bubble
 * or a table row filters the findings to that file. Drawn as inline SVG, so it prints and needs no script.
 */
final class HotspotChart {

    static final int MAX_BUBBLES = 800;
    static final int TABLE_ROWS = 10;

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
        String axis = countsRecentChanges(overview) ? "changes since " + overview.recentWindowStart() : "changes in the history read";
        html.element("p", "One bubble per production file that changed (" + axis + "), sized by its lines of code. "
                + "Files low and to the right are the hotspots: unhealthy code that keeps changing, where agents "
                + "(and people) make the most mistakes. Click a bubble to see its findings.", "class", "lead");
        List<Point> drawn = points.stream().limit(MAX_BUBBLES).toList();
        if (drawn.size() < points.size()) {
            html.element("p", "Showing the " + drawn.size() + " most urgent of " + points.size() + " files.",
                    "class", "note");
        }
        html.open("div", "class", "chart");
        html.raw(new HotspotPlot(points).render(drawn, axis));
        html.close("div");
        table(html, points);
        html.close("section");
    }

    /** The chart counts changes in the recent window, unless nothing changed in it (then the whole history). */
    private static boolean countsRecentChanges(RepositoryOverview overview) {
        return overview.fileChanges().stream().anyMatch(file -> file.recentChanges() > 0);
    }

    /** Changed production files with their health, most urgent first. */
    static List<Point> points(AnalysisResult result) {
        Map<String, Integer> byPath = result.overview().fileChanges().stream().collect(Collectors.toMap(
                FileChanges::path, countsRecentChanges(result.overview()) ? FileChanges::recentChanges : FileChanges::changes));
        return result.codeHealth().files().stream()
                .filter(file -> byPath.getOrDefault(file.path(), 0) > 0)
                .map(file -> new Point(file, byPath.get(file.path())))
                .sorted(Comparator.comparingDouble(Point::hotspotScore).reversed()
                        .thenComparing(point -> -point.changes()).thenComparing(point -> point.file().path()))
                .toList();
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

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
