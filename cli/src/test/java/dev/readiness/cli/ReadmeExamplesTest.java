package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's example runs on sample-repos/legacy-shop are real: each quoted output is what a fresh run prints now, so
 * the examples cannot go stale. The scan reads this repository's history of the sample, as a user's run does; in a
 * shallow clone that history is cut, so there the lines that depend on it (the overall score and history) are left
 * out of the comparison and everything else is still compared.
 */
class ReadmeExamplesTest {

    private static final Path ROOT = Path.of("..");
    private static final String SAMPLE = "sample-repos/legacy-shop";
    private static final Pattern SCORE_LINE = Pattern.compile("Readiness (\\d+)/100 \\((\\w[\\w-]*)\\)");

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }

    /** The lines of the README's text block that starts with {@code command}, the command line itself left out. */
    private static List<String> quotedOutput(String command) throws IOException {
        String readme = readme();
        int start = readme.indexOf("$ " + command + "\n");
        assertThat(start).as("README quotes a run of '%s'", command).isNotNegative();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end).lines().skip(1).toList();
    }

    private static boolean shallowClone() {
        return Files.exists(ROOT.resolve(".git/shallow"));
    }

    /** The lines a shallow clone's cut history cannot reproduce. */
    private static List<String> comparable(List<String> lines) {
        return shallowClone() ? lines.stream().filter(line -> !SCORE_LINE.matcher(line).lookingAt()
                && !line.startsWith("  history ")).toList() : lines;
    }

    @Test
    void theScanExampleIsWhatAScanOfTheSamplePrintsNow() throws IOException {
        List<String> quoted = quotedOutput("./readiness scan " + SAMPLE);

        CliRun run = CliRun.of("scan", ROOT.resolve(SAMPLE).toString(), "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> printed = run.out().lines().toList();
        // the first line names the commit scanned, which every commit changes
        assertThat(quoted.get(0)).startsWith("Repo Readiness ").contains("legacy-shop (scope " + SAMPLE + ") @ ");
        assertThat(comparable(printed.subList(1, printed.size())))
                .containsExactlyElementsOf(comparable(quoted.subList(1, quoted.size())));
    }

    @Test
    void thePlanExampleIsWhatAPlanOfTheSamplePrintsNow() throws IOException {
        List<String> quoted = quotedOutput("./readiness plan " + SAMPLE);

        CliRun run = CliRun.of("plan", ROOT.resolve(SAMPLE).toString(), "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // every line of the plan follows the score, which a shallow clone's cut history changes
        assertThat(shallowClone() ? List.of() : run.out().lines().toList())
                .containsExactlyElementsOf(shallowClone() ? List.of() : quoted);
        assertThat(quoted).anySatisfy(line -> assertThat(line).startsWith("Remediation plan: "));
    }

    @Test
    void theExplainAndQualityGateExamplesQuoteTheScoreOfAFreshRun() throws IOException {
        CliRun explain = CliRun.of("explain", ROOT.resolve(SAMPLE).toString(), "--no-cache");
        CliRun gate = CliRun.of("scan", ROOT.resolve(SAMPLE).toString(), "--fail-under", "80", "--quiet", "--no-cache");

        Matcher fresh = SCORE_LINE.matcher(explain.out());
        assertThat(fresh.find()).as(explain.out()).isTrue();
        List<String> quotedExplain = quotedOutput("./readiness explain " + SAMPLE);
        List<String> quotedGate = quotedOutput("./readiness scan " + SAMPLE + " --fail-under 80 --quiet > /dev/null");
        if (!shallowClone()) {
            // the example is abridged ("..."): every line it does quote is printed, in that order
            assertThat(explain.out().lines().toList()).containsSubsequence(quotedExplain.stream()
                    .filter(line -> !line.equals("...")).toList());
            assertThat(quotedGate).containsExactly(gate.err().strip());
        }
        // whatever the history, the example's claim holds: the score is under 80 and the gate fails
        assertThat(Integer.parseInt(fresh.group(1))).isLessThan(80);
        assertThat(gate.exitCode()).isEqualTo(ExitCode.QUALITY_GATE_FAILED);
        assertThat(gate.err()).startsWith("readiness: quality gate failed: score ");
    }
}
