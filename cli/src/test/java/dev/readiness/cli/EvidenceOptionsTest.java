package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --pit-report} and {@code --jacoco-report}: named reports are read; a missing one is a usage error. */
class EvidenceOptionsTest {

    @TempDir
    Path temp;

    @Test
    void aMissingPitReportIsAUsageError() throws Exception {
        Path repo = repository();
        Path missing = temp.resolve("nowhere/mutations.xml");

        CliRun run = CliRun.of("scan", repo.toString(), "--no-cache", "--quiet", "--pit-report", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("--pit-report " + missing + ": no such file").doesNotContain("\tat ");
    }

    @Test
    void aMissingJacocoReportIsAUsageError() throws Exception {
        CliRun run = CliRun.of("scan", repository().toString(), "--no-cache", "--quiet", "--jacoco-report",
                temp.resolve("jacoco.xml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("--jacoco-report");
    }

    @Test
    void namedReportsOutsideTheRepositoryAreRead() throws Exception {
        Path repo = repository();
        Path pit = Files.writeString(temp.resolve("reports/mutations.xml"), mutations());
        Path jacoco = Files.writeString(temp.resolve("reports/jacoco.xml"), "<report name='r'><package name='com/example'>"
                + "<class name='com/example/Pricing' sourcefilename='Pricing.java'>"
                + "<counter type='LINE' missed='0' covered='10'/></class></package></report>");

        CliRun run = CliRun.of("scan", repo.toString(), "--no-cache", "--quiet", "--format", "json",
                "--pit-report", pit.toString(), "--jacoco-report", jacoco.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(ruleIds(run)).contains("testing/covered-but-not-tested").doesNotContain("testing/no-mutation-testing");
    }

    @Test
    void aMalformedReportIsANotificationNotAFailure() throws Exception {
        Path repo = repository();
        Path broken = Files.writeString(temp.resolve("reports/mutations.xml"), "<mutations><mutation status=");

        CliRun run = CliRun.of("scan", repo.toString(), "--no-cache", "--quiet", "--format", "json",
                "--pit-report", broken.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode notifications = new ObjectMapper().readTree(run.out()).get("notifications");
        List<String> ids = new ArrayList<>();
        notifications.forEach(node -> ids.add(node.get("id").asText()));
        assertThat(ids).contains("evidence-error");
    }

    private Path repository() throws Exception {
        Path repo = temp.resolve("repo");
        Files.createDirectories(repo.resolve("src/main/java/com/example"));
        Files.createDirectories(repo.resolve("src/test/java/com/example"));
        Files.createDirectories(temp.resolve("reports"));
        Files.writeString(repo.resolve("pom.xml"), "<project>\n</project>\n");
        Files.writeString(repo.resolve("src/main/java/com/example/Pricing.java"),
                "package com.example;\n\npublic class Pricing {\n    int total(int a) { return a * 2; }\n}\n");
        Files.writeString(repo.resolve("src/test/java/com/example/PricingTest.java"),
                "package com.example;\n\nclass PricingTest {\n}\n");
        return repo;
    }

    private static String mutations() {
        StringBuilder xml = new StringBuilder("<mutations>");
        for (int i = 0; i < 6; i++) {
            xml.append("<mutation detected='false' status='SURVIVED'><sourceFile>Pricing.java</sourceFile>"
                    + "<mutatedClass>com.example.Pricing</mutatedClass><mutatedMethod>total</mutatedMethod>"
                    + "<lineNumber>4</lineNumber></mutation>");
        }
        return xml.append("</mutations>").toString();
    }

    private static List<String> ruleIds(CliRun run) throws Exception {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("findings").forEach(node -> ids.add(node.get("ruleId").asText()));
        return ids;
    }
}
