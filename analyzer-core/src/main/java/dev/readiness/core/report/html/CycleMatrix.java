package dev.readiness.core.report.html;

import dev.readiness.core.analysis.RepositoryOverview.PackageCycle;
import dev.readiness.core.analysis.RepositoryOverview.PackageEdge;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A large package cycle as a dependency matrix (a DSM): one row and one column per package, the references from the
 * row's package to the column's in the cell, and the edges to cut marked. Past a handful of packages a circle of
 * arrows is a tangle; a matrix stays readable, and shows where the references pile up.
 */
final class CycleMatrix {

    /** Cycles with more packages than this are drawn as a matrix. */
    static final int LARGEST_GRAPH = 6;

    private CycleMatrix() {
    }

    static void render(Html html, PackageCycle cycle) {
        List<String> packages = cycle.packages();
        String prefix = CycleGraphs.prefix(packages);
        Map<String, PackageEdge> edges = new HashMap<>();
        cycle.edges().forEach(edge -> edges.put(edge.from() + "\n" + edge.to(), edge));
        html.raw("<div class=\"table-wrap\"><table class=\"cycle-matrix\"><thead><tr><th scope=\"col\">uses →</th>");
        for (int column = 0; column < packages.size(); column++) {
            html.element("th", String.valueOf(column + 1), "scope", "col", "title", packages.get(column));
        }
        html.raw("</tr></thead><tbody>");
        for (int row = 0; row < packages.size(); row++) {
            String from = packages.get(row);
            html.open("tr").open("th", "scope", "row", "title", from).text((row + 1) + " " + from.substring(prefix.length()))
                    .close("th");
            for (int column = 0; column < packages.size(); column++) {
                String to = packages.get(column);
                PackageEdge edge = edges.get(from + "\n" + to);
                if (row == column) {
                    html.element("td", "", "class", "self");
                } else if (edge == null) {
                    html.element("td", "");
                } else {
                    html.element("td", String.valueOf(edge.references()), "class", edge.cut() ? "cut" : "uses",
                            "title", from + " → " + to + ": " + edge.references()
                                    + (edge.references() == 1 ? " reference" : " references")
                                    + (edge.cut() ? " (cut this)" : ""));
                }
            }
            html.close("tr");
        }
        html.raw("</tbody></table></div>");
    }
}
