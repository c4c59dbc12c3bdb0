package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A command line picocli cannot parse ends in one line on standard error and exit 2, not the whole usage. */
class UsageErrorTest {

    @Test
    void aMistypedOptionOrCommandIsNamedWithTheClosestKnownOne() {
        CliRun option = CliRun.of("scan", "--formt", "json");
        CliRun command = CliRun.of("scna", ".");

        assertThat(List.of(option, command)).extracting(CliRun::exitCode).containsOnly(ExitCode.USAGE_ERROR);
        assertThat(option.err()).isEqualTo("readiness: unknown option '--formt' (did you mean --format?); "
                + "see 'readiness scan --help'\n");
        assertThat(command.err()).isEqualTo("readiness: unknown command 'scna' (did you mean scan?); "
                + "see 'readiness --help'\n");
        assertThat(option.out() + command.out()).isEmpty();
    }

    @Test
    void ofSeveralOptionsWithTheSameStartTheOneSharingMostIsSuggested() {
        CliRun commits = CliRun.of("explain", "--history-comits", "3");
        CliRun under = CliRun.of("scan", "--fail-undr", "60");

        assertThat(commits.err()).isEqualTo("readiness: unknown option '--history-comits' (did you mean "
                + "--history-commits?); see 'readiness explain --help'\n");
        assertThat(under.err()).contains("(did you mean --fail-under?)");
    }

    @Test
    void anOptionLikeNoKnownOneGetsNoSuggestion() {
        CliRun run = CliRun.of("scan", "--colour");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).isEqualTo("readiness: unknown option '--colour'; see 'readiness scan --help'\n");
    }

    @Test
    void aMissingValueIsOneLine() {
        CliRun run = CliRun.of("scan", "--format");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).isEqualTo("readiness: missing required parameter for option '--format' (FORMAT); "
                + "see 'readiness scan --help'\n");
    }

    @Test
    void everyOtherUsageErrorIsOneLineWithExitTwoAndNoUsage() {
        List<CliRun> runs = List.of(CliRun.of("scan", "--format", "docx"), CliRun.of("scan", "--threads", "many"),
                CliRun.of("rules", "one", "two"), CliRun.of("init", "--output"), CliRun.of("baseline", "-x"));

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
            assertThat(run.err()).startsWith("readiness: ").endsWith(" --help'\n").hasLineCount(1)
                    .doesNotContain("Usage:");
            assertThat(run.out()).isEmpty();
        });
        assertThat(runs).extracting(CliRun::err).containsExactly(
                "readiness: invalid value for option '--format' (FORMAT): expected one of [TEXT, SARIF, JSON, MD, HTML,"
                        + " PDF] (case-insensitive) but was 'docx'; see 'readiness scan --help'\n",
                "readiness: invalid value for option '--threads': 'many' is not an int; see 'readiness scan --help'\n",
                "readiness: unmatched argument at index 2: 'two'; see 'readiness rules --help'\n",
                "readiness: missing required parameter for option '--output' (FILE); see 'readiness init --help'\n",
                "readiness: unknown option '-x'; see 'readiness baseline --help'\n");
    }
}
