package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pom.xml is the scanned repository's: its entities neither reach outside it nor cost the scan its heap. */
class XmlBuildFileScanTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAVA = "src/app/java/com/example/Shop.java";

    @TempDir
    Path temp;

    @Test
    void aPomOf200KilobytesWhoseEntityExpandsQuadraticallyIsANoteInASmallHeap() throws IOException {
        String entity = "x".repeat(10_000);
        String references = "&e;".repeat(4_900);
        String padding = "<!-- " + "p".repeat(200_000 - references.length() - entity.length()) + " -->";
        Path repository = repository(Map.of("pom.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY e \""
                + entity + "\">]>\n<project name=\"" + references + "\">\n  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>com.example</groupId>\n  <artifactId>shop</artifactId>\n  <version>1</version>\n"
                + padding + "\n</project>\n"));

        CliRun run = CliProcess.run(temp.resolve("process"), List.of("-Xmx64m"), "scan", repository.toString(),
                "--format", "json", "--no-cache", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("notifications"))
                .filteredOn(notification -> notification.get("id").asText().equals("xml-entity-limit"))
                .extracting(notification -> notification.get("path").asText() + ": "
                        + notification.get("message").asText())
                .containsExactly("pom.xml: pom.xml has more entity expansion than 1,000,000 characters; not read");
    }

    @Test
    void anExternalEntityInAPomIsNotReadWhereTheSameTextWrittenOutIs() throws IOException {
        Path outside = Files.writeString(temp.resolve("outside.txt"), "src/app/java");
        Path written = repository(Map.of("pom.xml", pom("", "src/app/java")));
        Path external = temp.resolve("external");
        try (Git git = TestRepos.init(external)) {
            TestRepos.commitFiles(git, Map.of("pom.xml", pom("<!DOCTYPE project [<!ENTITY dir SYSTEM \""
                    + outside.toUri() + "\">]>\n", "&dir;"), JAVA, "package com.example;\n\npublic class Shop {\n}\n"),
                    "Add the shop");
        }

        assertThat(roleReasons(written)).contains("pom.xml <sourceDirectory>");
        assertThat(roleReasons(external)).doesNotContain("pom.xml <sourceDirectory>");
    }

    private static String pom(String doctype, String sourceDirectory) {
        return "<?xml version=\"1.0\"?>\n" + doctype + "<project>\n  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>com.example</groupId>\n  <artifactId>shop</artifactId>\n  <version>1</version>\n"
                + "  <build><sourceDirectory>" + sourceDirectory + "</sourceDirectory></build>\n</project>\n";
    }

    private Path repository(Map<String, String> files) {
        Path repository = temp.resolve("shop");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, files, "Add the build");
            TestRepos.commitFiles(git, Map.of(JAVA, "package com.example;\n\npublic class Shop {\n}\n"), "Add the shop");
        }
        return repository;
    }

    private static List<String> roleReasons(Path repository) throws IOException {
        CliRun run = CliRun.of("scan", repository.toString(), "--format", "json", "--no-cache", "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode roles = JSON.readTree(run.out()).at("/metrics/fileRoles");
        return roles.findValuesAsText("reason");
    }
}
