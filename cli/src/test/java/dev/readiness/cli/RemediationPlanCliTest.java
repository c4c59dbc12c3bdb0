package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One order of importance in every report, and a remediation plan whose gains hold when the code is really fixed: on
 * a repository with one package cycle and one bad hotspot ({@link TangledHotspotRepository}), scanned with the rules
 * below the precision bar, which report both.
 */
class RemediationPlanCliTest {

    private static final String CYCLE = "architecture/package-cycle";
    private static final String HOTSPOT = "history/hotspot";
    private static final Pattern TEXT_RULE = Pattern.compile("(?m)^ {11}\\[([a-z]+/[a-z-]+)\\]");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("(?m)^- \\*\\*[a-z]+\\*\\*[^`]*`([a-z]+/[a-z-]+)`");
    private static final Pattern HTML_RISK = Pattern.compile("<li class=\"risk\" data-rule=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path repository;

    @BeforeEach
    void createRepository() {
        repository = TangledHotspotRepository.create(temp.resolve("app"));
    }

    private CliRun scan(String format) {
        CliRun run = CliRun.of("scan", repository.toString(), "--unproven-rules", "--no-cache", "--quiet", "--format",
                format);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static List<String> rules(Pattern pattern, String report) {
        Matcher matcher = pattern.matcher(report);
        return Stream.iterate(matcher.find(), found -> found, found -> matcher.find()).map(found -> matcher.group(1))
                .toList();
    }

    private JsonNode jsonReport() throws IOException {
        return JSON.readTree(scan("json").out());
    }

    @Test
    void theCycleAndTheWorstHotspotComeFirstInTextMarkdownAndHtml() {
        String text = scan("text").out();
        String whereToStart = text.substring(text.indexOf("Where to start"));

        assertThat(rules(TEXT_RULE, whereToStart)).startsWith(CYCLE, HOTSPOT);
        assertThat(rules(MARKDOWN_RULE, scan("md").out())).startsWith(CYCLE, HOTSPOT);
        assertThat(rules(HTML_RISK, scan("html").out())).startsWith(CYCLE, HOTSPOT);
        assertThat(whereToStart).contains(TangledHotspotRepository.ENGINE + ":1");
    }

    @Test
    void eachStepOfThePlanGainsWhatARescanOfTheReallyFixedCodeScores() throws IOException {
        JsonNode plan = jsonReport().get("plan");
        List<JsonNode> steps = StreamSupport.stream(plan.get("steps").spliterator(), false).toList();
        assertThat(steps).extracting(step -> step.get("kind").asText()).startsWith("break-cycle", "refactor-file");
        assertThat(steps.get(0).get("subject").asText()).isEqualTo("app.core, app.io");
        assertThat(steps.get(1).get("subject").asText()).isEqualTo(TangledHotspotRepository.ENGINE);

        TangledHotspotRepository.breakCycle(repository);
        JsonNode cycleBroken = jsonReport();
        TangledHotspotRepository.makeEngineHealthy(repository);
        JsonNode engineHealthy = jsonReport();

        assertThat(cycleBroken.at("/score/overall").asDouble()).isEqualTo(steps.get(0).get("scoreAfter").asDouble());
        assertThat(engineHealthy.at("/score/overall").asDouble()).isEqualTo(steps.get(1).get("scoreAfter").asDouble());
        assertThat(plan.get("scoreBefore").asDouble() + steps.get(0).get("gain").asDouble()
                + steps.get(1).get("gain").asDouble()).isCloseTo(steps.get(1).get("scoreAfter").asDouble(),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void planPrintsTheStepsWithTheirGainsLevelsAndEfforts() {
        CliRun run = CliRun.of("plan", repository.toString(), "--unproven-rules", "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Remediation plan: ")
                .containsPattern("(?m)^   1  \\+\\d+\\.\\d  .*Break the package cycle of 2 packages \\(" + CYCLE + "\\)")
                .containsPattern("(?m)^ {49}app\\.core, app\\.io$")
                .containsPattern("(?m)^   2  \\+\\d+\\.\\d  .*a few hours      Refactor Engine\\.java into healthy code "
                        + "\\(health 5\\.5 now\\) \\(" + HOTSPOT + "\\)")
                .containsPattern("(?m)^ {49}" + Pattern.quote(TangledHotspotRepository.ENGINE) + "; fixes 4 findings$");
    }
}
