package dev.readiness.core.portfolio;

import dev.readiness.core.secrets.SecretMasking;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code readiness portfolio --format csv}: one row per repository, worst first, under a header row, for a
 * spreadsheet (docs/portfolio.md). RFC 4180: comma-separated, CRLF line ends, a field holding a comma, a quote or a
 * line break is quoted with its quotes doubled; an unknown value is an empty field. The first and latest score of
 * the trend are columns of the repository's row; the rule ranking is in the other formats.
 */
public final class PortfolioCsv {

    static final List<String> HEADER = List.of("name", "scope", "score", "level", "weakestCategory",
            "weakestCategoryScore", "biggestDrag", "biggestDragPoints", "findings", "errors", "warnings", "notes",
            "headCommit", "headCommitTime", "branch", "reports", "firstScore", "firstCommitTime", "scoreChange",
            "report", "toolVersion");

    private PortfolioCsv() {
    }

    public static byte[] write(Portfolio portfolio) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (RepositoryHistory repository : portfolio.repositories()) {
            line(out, row(repository));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> row(RepositoryHistory repository) {
        ScanReport report = repository.latest();
        ScanReport.Score score = report.score();
        ScanReport.Target target = report.target();
        List<String> cells = new ArrayList<>(List.of(report.key().name(), report.key().scope(),
                decimal(score.overall()), text(score.level())));
        cells.add(score.weakest() == null ? "" : score.weakest().category());
        cells.add(score.weakest() == null ? "" : PortfolioText.oneDecimal(score.weakest().score()));
        cells.add(score.biggestDrag() == null ? "" : score.biggestDrag().category());
        cells.add(score.biggestDrag() == null ? "" : PortfolioText.oneDecimal(score.biggestDrag().points()));
        ScanReport.Findings findings = report.findings();
        cells.addAll(List.of(String.valueOf(findings.total()), String.valueOf(findings.errors()),
                String.valueOf(findings.warnings()), String.valueOf(findings.notes())));
        cells.addAll(List.of(text(target.headCommit()), target.headCommitTime() == null ? ""
                : target.headCommitTime().toString(), text(target.branch())));
        cells.add(String.valueOf(repository.reports()));
        boolean trend = repository.hasTrend();
        cells.add(trend ? decimal(repository.first().score().overall()) : "");
        cells.add(trend ? repository.first().target().headCommitTime().toString() : "");
        cells.add(decimal(repository.change()));
        cells.addAll(List.of(report.file(), text(report.toolVersion())));
        return cells;
    }

    private static String decimal(Double value) {
        return value == null ? "" : PortfolioText.oneDecimal(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int index = 0; index < cells.size(); index++) {
            out.append(index == 0 ? "" : ",").append(field(cells.get(index)));
        }
        out.append("\r\n");
    }

    /**
     * RFC 4180: quoted when it holds a comma, a quote or a line break, its quotes doubled. Data for a spreadsheet keeps
     * its control characters, as JSON does; its secrets are masked.
     */
    static String field(String text) {
        String value = SecretMasking.inText(text);
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
