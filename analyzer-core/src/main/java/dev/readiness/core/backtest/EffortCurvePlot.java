package dev.readiness.core.backtest;

import dev.readiness.core.backtest.BacktestResult.Ranking;
import dev.readiness.core.report.html.Html;
import dev.readiness.core.report.html.Svg;
import dev.readiness.core.report.html.Svg.At;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The backtest's effort curves as SVG: for each ranking, the share of the fix touches found (up) against the share
 * of the lines read in its order (across), with a reader's 20 % mark and the diagonal of reading in no order.
 */
final class EffortCurvePlot {

    private static final double WIDTH = 640;
    private static final double HEIGHT = 380;
    private static final double LEFT = 56;
    private static final double TOP = 16;
    private static final double PLOT = 300;
    private static final double LEGEND_X = LEFT + PLOT + 28;

    private EffortCurvePlot() {
    }

    static String render(List<Ranking> rankings) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg id=\"effort-curve\" viewBox=\"0 0 ").append(Html.number(WIDTH, 0)).append(' ')
                .append(Html.number(HEIGHT, 0)).append("\" role=\"img\" aria-label=\"Share of fix touches found "
                        + "against share of lines read, per ranking\">");
        axes(svg);
        svg.append(Svg.line(at(0, 0), at(1, 1), "diagonal"));
        svg.append(Svg.line(at(0.2, 0), at(0.2, 1), "effort-mark"));
        svg.append(Svg.text(new At(x(0.2) + 4, TOP + 12), "start", "tick", "20 % of the code"));
        for (int index = 0; index < rankings.size(); index++) {
            Ranking ranking = rankings.get(index);
            List<Double> curve = ranking.effortCurve();
            String points = IntStream.range(0, curve.size())
                    .mapToObj(step -> Svg.pair(at((double) step / (curve.size() - 1), curve.get(step))))
                    .collect(Collectors.joining(" "));
            String series = "series-" + index;
            svg.append("<polyline class=\"curve ").append(series).append("\" data-ranking=\"")
                    .append(Html.escape(ranking.id())).append("\" points=\"").append(points).append("\"/>");
            double legendY = TOP + 14 + index * 22;
            svg.append(Svg.line(new At(LEGEND_X, legendY - 4), new At(LEGEND_X + 22, legendY - 4), "curve " + series));
            svg.append(Svg.text(new At(LEGEND_X + 30, legendY), "start", "legend", ranking.id()));
        }
        return svg.append("</svg>").toString();
    }

    private static void axes(StringBuilder svg) {
        svg.append(Svg.line(at(0, 0), at(1, 0), "axis")).append(Svg.line(at(0, 0), at(0, 1), "axis"));
        for (int tick = 0; tick <= 4; tick++) {
            double share = tick / 4.0;
            String label = Math.round(share * 100) + " %";
            svg.append(Svg.text(new At(x(share), y(0) + 16), "middle", "tick", label));
            svg.append(Svg.text(new At(x(0) - 6, y(share) + 4), "end", "tick", label));
        }
        svg.append(Svg.text(new At(x(0.5), y(0) + 36), "middle", "axis-title", "lines of code read"));
        svg.append("<text class=\"axis-title\" transform=\"translate(14,").append(Html.number(y(0.5), 1))
                .append(") rotate(-90)\" text-anchor=\"middle\">fix touches found</text>");
    }

    private static At at(double linesRead, double fixesFound) {
        return new At(x(linesRead), y(fixesFound));
    }

    private static double x(double share) {
        return LEFT + share * PLOT;
    }

    private static double y(double share) {
        return TOP + (1 - share) * PLOT;
    }
}
