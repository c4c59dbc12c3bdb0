package dev.readiness.cli;

import dev.readiness.core.portfolio.Portfolio;
import dev.readiness.core.portfolio.PortfolioCsv;
import dev.readiness.core.portfolio.PortfolioException;
import dev.readiness.core.portfolio.PortfolioHtmlWriter;
import dev.readiness.core.portfolio.PortfolioJson;
import dev.readiness.core.portfolio.PortfolioMarkdown;
import dev.readiness.core.portfolio.ReportDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readiness portfolio}: many repositories' JSON scan reports in one view. */
@Command(name = "portfolio",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Merges the JSON scan reports of many repositories into one portfolio.",
            "",
            "Reads every .json file in REPORTS_DIR and below it, in path order: the reports of 'readiness scan "
                + "--format json', one or more per repository, e.g. the artifacts of a CI matrix. Writes the "
                + "repositories by score, worst first, each with its level, weakest category, biggest drag, findings "
                + "and HEAD commit (from its latest report); the rules with findings in the most repositories; and, "
                + "for a repository with reports of different commit dates, its first and latest score.",
            "",
            "A repository is known by the name and scope of the directory scanned (target.name, target.scope), so "
                + "check each one out into a directory named after it. A .json file that is not a scan report is "
                + "skipped with a note; one that cannot be read, is not valid JSON or has another schema version "
                + "stops the command, as does a directory without reports."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness portfolio reports",
            "  readiness portfolio reports --output portfolio.html",
            "  readiness portfolio reports --format csv --output portfolio.csv",
            "  readiness portfolio reports --format md >> \"$GITHUB_STEP_SUMMARY\""},
        exitCodeListHeading = ExitCode.HELP_HEADING,
        exitCodeList = {"0:portfolio written",
            "2:usage or input error: no reports, a missing directory, a report that is unreadable, not JSON or of "
                + "another schema version",
            "3:internal error (also when out of memory)"})
final class PortfolioCommand implements Callable<Integer> {

    private final Streams streams;

    @Parameters(index = "0", paramLabel = "REPORTS_DIR",
            description = "The directory holding the JSON scan reports; searched with its subdirectories.")
    Path directory;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "md, html, json or csv. Default: the --output file's extension (.md, .html, .json, .csv); "
                + "without --output, md.")
    String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "The file to write (replaced if it exists). Default: standard output.")
    Path output;

    @Option(names = "--quiet", description = "No notes on standard error (files skipped, where the portfolio went); "
            + "errors only.")
    boolean quiet;

    PortfolioCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws UsageException, PortfolioException {
        PortfolioFormat chosen = PortfolioFormat.choose(format, output);
        if (output != null) {
            OutputPlan.checkWritable(output);
        }
        ReportDirectory.Contents contents = ReportDirectory.read(directory);
        if (!quiet) {
            contents.skipped().forEach(note -> streams.err().println("readiness: " + note));
        }
        Portfolio portfolio = Portfolio.of(contents.reports());
        write(render(chosen, portfolio));
        if (output != null && !quiet) {
            streams.err().println("Wrote " + chosen.id() + " portfolio of " + portfolio.repositories().size()
                    + " repositories (" + portfolio.reports() + " reports) to " + output);
        }
        return ExitCode.OK;
    }

    private static byte[] render(PortfolioFormat format, Portfolio portfolio) {
        return switch (format) {
            case HTML -> new PortfolioHtmlWriter().toBytes(portfolio);
            case JSON -> PortfolioJson.write(portfolio);
            case CSV -> PortfolioCsv.write(portfolio);
            case MD -> PortfolioMarkdown.write(portfolio);
        };
    }

    private void write(byte[] rendered) throws UsageException {
        try {
            if (output == null) {
                streams.out().write(rendered);
                streams.out().flush();
            } else {
                OutputPlan.writeFiles(Map.of(output, rendered));
            }
        } catch (IOException e) {
            throw new UsageException("cannot write the portfolio: " + OutputPlan.reason(e) + " (nothing was written)", e);
        }
    }
}
