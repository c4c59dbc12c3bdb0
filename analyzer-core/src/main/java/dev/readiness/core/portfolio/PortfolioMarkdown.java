package dev.readiness.core.portfolio;

import dev.readiness.core.report.MarkdownText;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code readiness portfolio --format md}: the portfolio for a job summary, a pull request or a wiki page. Every
 * text from a report is escaped (no markup, no table columns, no control characters), and the rule ranking stops at
 * {@link #LISTED_PROBLEMS} rules so the page stays readable; JSON and HTML list them all.
 */
public final class PortfolioMarkdown {

    static final int LISTED_PROBLEMS = 25;

    private PortfolioMarkdown() {
    }

    public static byte[] write(Portfolio portfolio) {
        StringBuilder out = new StringBuilder();
        int count = portfolio.repositories().size();
        out.append("# Readiness portfolio: ").append(count).append(count == 1 ? " repository" : " repositories")
                .append("\n\n");
        out.append(cell(PortfolioText.levelCounts(portfolio))).append(" (from ").append(portfolio.reports())
                .append(portfolio.reports() == 1 ? " report" : " reports").append("; each repository's latest)\n\n");
        repositories(out, portfolio);
        problems(out, portfolio.problems());
        trends(out, portfolio.trends());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void repositories(StringBuilder out, Portfolio portfolio) {
        out.append("## Repositories, worst first\n\n");
        out.append("| Repository | Score | Level | Weakest category | Biggest drag | Findings | Commit |\n");
        out.append("| --- | ---: | --- | --- | --- | --- | --- |\n");
        for (RepositoryHistory repository : portfolio.repositories()) {
            ScanReport report = repository.latest();
            row(out, report.key().label(), PortfolioText.score(report), PortfolioText.level(report),
                    PortfolioText.weakest(report), PortfolioText.drag(report),
                    PortfolioText.findings(report.findings()), PortfolioText.commit(report.target()));
        }
        out.append('\n');
    }

    private static void problems(StringBuilder out, List<Problem> problems) {
        out.append("## Most common problems\n\n");
        if (problems.isEmpty()) {
            out.append("No repository has a finding.\n\n");
            return;
        }
        out.append("Rules with findings in the latest reports: in the most repositories first, then the most findings, "
                + "then the most score points to gain by fixing them.\n\n");
        out.append("| Rule | Repositories | Findings | Points to gain | What it finds |\n");
        out.append("| --- | ---: | ---: | ---: | --- |\n");
        for (Problem problem : problems.subList(0, Math.min(LISTED_PROBLEMS, problems.size()))) {
            row(out, problem.ruleId(), String.valueOf(problem.repositories().size()), String.valueOf(problem.findings()),
                    PortfolioText.oneDecimal(problem.points()), problem.summary());
        }
        if (problems.size() > LISTED_PROBLEMS) {
            out.append("\n").append(problems.size() - LISTED_PROBLEMS)
                    .append(" more rules have findings; the JSON and HTML portfolios list them all.\n");
        }
        out.append('\n');
    }

    private static void trends(StringBuilder out, List<RepositoryHistory> trends) {
        out.append("## Trend\n\n");
        if (trends.isEmpty()) {
            out.append("No repository has reports of different commit dates; add reports of earlier commits to see how "
                    + "the scores moved.\n");
            return;
        }
        out.append("| Repository | Reports | First | Latest | Change |\n");
        out.append("| --- | ---: | --- | --- | ---: |\n");
        for (RepositoryHistory trend : trends) {
            row(out, trend.key().label(), String.valueOf(trend.reports()), PortfolioText.scoreAt(trend.first()),
                    PortfolioText.scoreAt(trend.latest()), PortfolioText.change(trend.change()));
        }
    }

    private static void row(StringBuilder out, String... cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell(cell)).append(" |");
        }
        out.append('\n');
    }

    /**
     * Literal text in a table cell: Markdown and table syntax escaped, control characters spelled out. Parentheses
     * are left bare, so a terminal shows "(2 warnings)": they only make a link after a ']', which stays escaped.
     */
    private static String cell(String text) {
        return MarkdownText.escape(text).replace("\\(", "(").replace("\\)", ")");
    }
}
