package dev.readiness.core.report.html;

/** SVG elements for the report's charts, with coordinates to one decimal so the output is the same everywhere. */
public final class Svg {

    /** A point in the chart's user space. */
    public record At(double x, double y) {
    }

    private Svg() {
    }

    /** "x,y" as path data wants it. */
    public static String pair(At at) {
        return Html.number(at.x(), 1) + "," + Html.number(at.y(), 1);
    }

    public static String line(At from, At to, String cssClass) {
        return "<line class=\"" + cssClass + "\" x1=\"" + Html.number(from.x(), 1) + "\" y1=\"" + Html.number(from.y(), 1)
                + "\" x2=\"" + Html.number(to.x(), 1) + "\" y2=\"" + Html.number(to.y(), 1) + "\"/>";
    }

    /** Escaped text anchored ("start", "middle", "end") at a point of its baseline. */
    public static String text(At at, String anchor, String cssClass, String text) {
        return "<text class=\"" + cssClass + "\" x=\"" + Html.number(at.x(), 1) + "\" y=\"" + Html.number(at.y(), 1)
                + "\" text-anchor=\"" + anchor + "\">" + Html.escape(text) + "</text>";
    }

    /** A rectangle from its top-left corner and its size (a negative width draws nothing). */
    public static String rect(At corner, At size, String cssClass) {
        return "<rect class=\"" + cssClass + "\" x=\"" + Html.number(corner.x(), 1) + "\" y=\""
                + Html.number(corner.y(), 1) + "\" width=\"" + Html.number(Math.max(size.x(), 0), 1) + "\" height=\""
                + Html.number(size.y(), 1) + "\"/>";
    }
}
