package dev.readiness.core.report.html;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.RepositoryOverview;
import dev.readiness.core.analysis.RepositoryOverview.FileChanges;
import dev.readiness.core.analysis.TrackRecord;
import dev.readiness.core.metrics.Biomarker;
import dev.readiness.core.metrics.FileHealth;
import dev.readiness.core.metrics.Hotspots;
import dev.readiness.core.metrics.Hotspots.ChangedFile;
import dev.readiness.core.report.TrackRecordText;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Change frequency against code health for every production file that changed, one bubble per file sized by
 * its lines of code, with the {@link Hotspots} shaded and outlined and the reported ones listed in a table.
 * Clicking a bubble or a table row filters the findings to that file. Drawn as inline SVG, so it prints and
 * needs no script.
 */
final class HotspotChart {

    static final int MAX_BUBBLES = 800;

    private HotspotChart() {
    }

    static void render(Html html, AnalysisResult result) {
        html.open("section", "id", "hotspots");
        html.element("h2", "Hotspots: change frequency against code health");
        RepositoryOverview overview = result.overview();
        Hotspots hotspots = hotspots(result);
        List<ChangedFile> points = points(result, hotspots);
        if (points.isEmpty()) {
            html.element("p", "No hotspot chart: " + (result.target() != null && !result.target().historyAvailable()
                    ? result.target().historyStatus() : "no production file changed in the history read") + ".",
                    "class", "empty");
            trackRecord(html, result.trackRecord());
            html.close("section");
            return;
        }
        String axis = countsRecentChanges(overview) ? "changes since " + overview.recentWindowStart() : "changes in the history read";
        html.element("p", "One bubble per production file that changed (" + axis + "), sized by its lines of code. "
                + "The outlined bubbles in the shaded zone are the hotspots, as history/hotspot reports them: among "
                + "the most-changed quarter of these files, those that changed at least " + Hotspots.MIN_RECENT_REVISIONS
                + " times, ranked by file risk (size and changes). Large code that keeps changing is where agents (and "
                + "people) make the most mistakes. Code health says how hard a file is to change; backtested on public "
                + "projects, it did not foretell fixes, so it does not rank the hotspots. Click a bubble to see its "
                + "findings.", "class", "lead");
        List<ChangedFile> drawn = points.stream().limit(MAX_BUBBLES).toList();
        if (drawn.size() < points.size()) {
            html.element("p", "Showing the " + drawn.size() + " most urgent of " + points.size() + " files.",
                    "class", "note");
        }
        html.open("div", "class", "chart");
        html.raw(new HotspotPlot(points, hotspots.all()).render(drawn, axis));
        html.close("div");
        table(html, hotspots);
        trackRecord(html, result.trackRecord());
        html.close("section");
    }

    /** What the backtest of the ranking found ({@code scan --track-record}): nothing when it was not asked for. */
    private static void trackRecord(Html html, TrackRecord record) {
        if (record == null) {
            return;
        }
        List<String> lines = TrackRecordText.lines(record);
        html.open("div", "id", "track-record");
        html.element("h3", lines.get(0));
        html.element("p", String.join(" ", lines.subList(1, lines.size()).stream().map(String::strip).toList()));
        html.close("div");
    }

    /** The chart counts changes in the recent window, unless nothing changed in it (then the whole history). */
    private static boolean countsRecentChanges(RepositoryOverview overview) {
        return overview.fileChanges().stream().anyMatch(file -> file.recentChanges() > 0);
    }

    /** The hotspots of the recent window; none when nothing changed in it. */
    static Hotspots hotspots(AnalysisResult result) {
        Map<String, Integer> recent = result.overview().fileChanges().stream()
                .collect(Collectors.toMap(FileChanges::path, FileChanges::recentChanges));
        return Hotspots.of(result.codeHealth().files(), path -> recent.getOrDefault(path, 0));
    }

    /** Changed production files with the changes the chart counts: the hotspots first, then by risk. */
    static List<ChangedFile> points(AnalysisResult result, Hotspots hotspots) {
        Map<String, Integer> byPath = result.overview().fileChanges().stream().collect(Collectors.toMap(
                FileChanges::path, countsRecentChanges(result.overview()) ? FileChanges::recentChanges : FileChanges::changes));
        Set<String> hot = hotspots.all().stream().map(ChangedFile::path).collect(Collectors.toSet());
        return Stream.concat(hotspots.all().stream(), Hotspots.byRisk(result.codeHealth().files(),
                path -> byPath.getOrDefault(path, 0)).stream().filter(point -> !hot.contains(point.path()))).toList();
    }

    private static void table(Html html, Hotspots hotspots) {
        List<ChangedFile> reported = hotspots.reported();
        if (reported.isEmpty()) {
            html.element("p", "No hotspot: no file of the most-changed quarter changed at least "
                    + Hotspots.MIN_RECENT_REVISIONS + " times in the recent window.", "class", "empty");
            return;
        }
        if (reported.size() < hotspots.all().size()) {
            html.element("p", "The first " + reported.size() + " of " + hotspots.all().size() + " hotspots.", "class",
                    "note");
        }
        html.raw("<div class=\"table-wrap\">").open("table", "class", "data hotspot-table");
        html.raw("<thead><tr><th>File</th><th class=\"num\">Changes</th><th class=\"num\">Lines of code</th>"
                + "<th class=\"num\">Risk</th><th class=\"num\">Health</th><th>What costs health</th></tr></thead>"
                + "<tbody>");
        for (ChangedFile point : reported) {
            FileHealth file = point.file();
            html.open("tr", "class", "file-row", "data-path", file.path());
            html.fileCell(file.path());
            html.element("td", String.valueOf(point.changes()), "class", "num");
            html.element("td", String.valueOf(file.linesOfCode()), "class", "num");
            html.element("td", Html.percent(point.risk()), "class", "num risk");
            html.element("td", Html.number(file.health(), 1), "class", "num health " + file.band().id());
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
