package dev.readiness.core.report.html;

import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.RepositoryOverview.PackageCycle;
import dev.readiness.core.analysis.RepositoryOverview.PackageEdge;
import dev.readiness.core.report.html.Svg.At;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each package cycle drawn as a graph: packages on a circle, one arrow per package dependency inside the
 * cycle, and the edges the package-cycle rule proposes to cut dashed in red with their reference counts. A cycle of
 * more than {@value CycleMatrix#LARGEST_GRAPH} packages is a dependency matrix instead ({@link CycleMatrix}), and a
 * very large one is only described, since no drawing of it would be readable.
 */
final class CycleGraphs {

    static final int MAX_DRAWN = 12;
    static final int MAX_PACKAGES_DRAWN = 60;
    private static final double LABEL_SPACE = 190;
    private static final double NODE_RADIUS = 6;
    /** Cut edges named in a caption, and labelled in a drawing, before it gets too busy to read. */
    static final int CUTS_NAMED = 4;

    private CycleGraphs() {
    }

    static void render(Html html, AnalysisResult result) {
        List<PackageCycle> cycles = result.overview().packageCycles();
        html.open("section", "id", "cycles");
        html.element("h2", "Package dependency cycles");
        if (cycles.isEmpty()) {
            html.element("p", "No package cycles in the production code: every package can be read, tested and "
                    + "changed without dragging the rest along.", "class", "empty");
            html.close("section");
            return;
        }
        html.element("p", cycles.size() + (cycles.size() == 1 ? " group" : " groups") + " of packages depend on "
                + "each other. Arrows are package dependencies; dashed red arrows are the cheapest set to cut "
                + "(fewest references) that breaks every cycle in the group. Groups of more than "
                + CycleMatrix.LARGEST_GRAPH + " packages are a matrix: each row's package uses each column's with the "
                + "references in the cell; the red cells are the ones to cut.", "class", "lead");
        html.open("div", "class", "cycles");
        for (int i = 0; i < cycles.size(); i++) {
            PackageCycle cycle = cycles.get(i);
            html.open("figure", "class", "cycle");
            if (i < MAX_DRAWN && cycle.packages().size() <= CycleMatrix.LARGEST_GRAPH) {
                html.raw(svg(cycle, i));
            } else if (i < MAX_DRAWN && cycle.packages().size() <= MAX_PACKAGES_DRAWN) {
                CycleMatrix.render(html, cycle);
            }
            html.open("figcaption").text(caption(cycle)).close("figcaption");
            html.close("figure");
        }
        html.close("div").close("section");
    }

    static String caption(PackageCycle cycle) {
        String prefix = prefix(cycle.packages());
        List<PackageEdge> cuts = cycle.edges().stream().filter(PackageEdge::cut).toList();
        String named = cuts.stream().limit(CUTS_NAMED)
                .map(edge -> label(edge.from(), prefix) + " → " + label(edge.to(), prefix) + " (" + edge.references()
                        + (edge.references() == 1 ? " reference)" : " references)"))
                .collect(Collectors.joining(", "));
        return cycle.packages().size() + " packages under " + prefix + "*; cut " + named
                + (cuts.size() > CUTS_NAMED ? " and " + (cuts.size() - CUTS_NAMED) + " more" : "");
    }

    private static String svg(PackageCycle cycle, int index) {
        List<String> packages = cycle.packages();
        String prefix = prefix(packages);
        double radius = Math.max(70, packages.size() * 16);
        boolean pair = packages.size() == 2; // side by side, so two packages do not take a tall empty frame
        double width = 2 * (radius + LABEL_SPACE);
        double height = pair ? 110 : 2 * radius + 60;
        double cx = width / 2;
        double cy = height / 2;
        Map<String, At> at = new HashMap<>();
        for (int i = 0; i < packages.size(); i++) {
            double angle = (pair ? -Math.PI : -Math.PI / 2) + 2 * Math.PI * i / packages.size();
            at.put(packages.get(i), new At(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)));
        }
        String marker = "arrow-" + index;
        StringBuilder svg = new StringBuilder("<svg class=\"cycle-graph\" viewBox=\"0 0 " + Html.number(width, 0) + " "
                + Html.number(height, 0) + "\" role=\"img\" aria-label=\"package cycle\"><defs>");
        for (String kind : new String[] {"", "-cut"}) {
            svg.append("<marker id=\"").append(marker).append(kind).append("\" class=\"arrow").append(kind)
                    .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                            + "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker>");
        }
        svg.append("</defs>");
        boolean labelCuts = cycle.edges().stream().filter(PackageEdge::cut).count() <= CUTS_NAMED;
        cycle.edges().stream().sorted((a, b) -> Boolean.compare(a.cut(), b.cut())) // cut edges on top
                .forEach(edge -> svg.append(edge(edge, at, marker, labelCuts)));
        for (String name : packages) {
            At point = at.get(name);
            boolean left = point.x() < cx - 1;
            svg.append("<circle class=\"package\" cx=\"").append(Html.number(point.x(), 1)).append("\" cy=\"")
                    .append(Html.number(point.y(), 1)).append("\" r=\"").append(Html.number(NODE_RADIUS, 0))
                    .append("\"><title>").append(Html.escape(name)).append("</title></circle>");
            svg.append(Svg.text(new At(point.x() + (left ? -10 : 10), point.y() + 4), left ? "end" : "start",
                    "package-label", label(name, prefix)));
        }
        return svg.append("</svg>").toString();
    }

    /** A slightly curved arrow, so that a → b and b → a do not overlap; cut edges carry their reference count. */
    private static String edge(PackageEdge edge, Map<String, At> at, String marker, boolean labelCut) {
        At from = at.get(edge.from());
        At to = at.get(edge.to());
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.max(Math.hypot(dx, dy), 1);
        double ux = dx / length;
        double uy = dy / length;
        double bend = 0.12 * length;
        At control = new At((from.x() + to.x()) / 2 - uy * bend, (from.y() + to.y()) / 2 + ux * bend);
        At start = new At(from.x() + ux * NODE_RADIUS, from.y() + uy * NODE_RADIUS);
        At end = new At(to.x() - ux * (NODE_RADIUS + 2), to.y() - uy * (NODE_RADIUS + 2));
        String kind = edge.cut() ? "-cut" : "";
        StringBuilder path = new StringBuilder("<path class=\"edge").append(edge.cut() ? " cut" : "")
                .append("\" d=\"M").append(Svg.pair(start)).append(" Q").append(Svg.pair(control)).append(' ')
                .append(Svg.pair(end)).append("\" marker-end=\"url(#").append(marker).append(kind).append(")\"><title>")
                .append(Html.escape(edge.from() + " → " + edge.to() + ": " + edge.references()
                        + (edge.references() == 1 ? " reference" : " references")))
                .append("</title></path>");
        if (edge.cut() && labelCut) {
            // the curve's midpoint lies halfway between the chord's midpoint and the control point
            double midX = ((from.x() + to.x()) / 2 + control.x()) / 2;
            double midY = ((from.y() + to.y()) / 2 + control.y()) / 2;
            path.append(Svg.text(new At(midX, midY - 4), "middle", "cut-label", "cut " + edge.references()));
        }
        return path.toString();
    }

    /** The packages' common parent, with a trailing dot ("" when they share none). */
    static String prefix(List<String> packages) {
        List<String[]> split = packages.stream().map(name -> name.split("\\.")).toList();
        int shortest = split.stream().mapToInt(parts -> parts.length).min().orElse(0);
        int common = 0;
        while (common < shortest - 1 && sameAt(split, common)) {
            common++;
        }
        return common == 0 ? "" : String.join(".", Arrays.copyOf(split.get(0), common)) + ".";
    }

    private static boolean sameAt(List<String[]> split, int index) {
        return split.stream().allMatch(parts -> parts[index].equals(split.get(0)[index]));
    }

    private static String label(String name, String prefix) {
        return name.substring(prefix.length());
    }
}
