package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.testing.SarifSchema;
import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF report of a real repository whose file names hold what a URI may not: spaces, '#', '%', '?', non-ASCII
 * letters and control characters. Every artifact URI is percent-encoded ASCII that decodes to the file's path, and the
 * report is valid against the SARIF 2.1.0 schema.
 */
class SarifHostileUrisTest {

    private static final List<String> PATHS = List.of(
            "src/main/java/shop/My Dir/Price #1 of 100% ?.java",
            "src/main/java/shop/Caf\u00e9/\u65e5\u672c.java",
            "src/main/java/shop/Bell\u0007\u001b[2J\tTab\u007f.java",
            "src/main/java/shop/a+b&c=d;e'f@g$h!i(j)k,l.java");

    @TempDir
    static Path work;
    private static JsonNode sarif;

    @BeforeAll
    static void scan() throws IOException {
        Path repository = work.resolve("names");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, PATHS.stream().collect(Collectors.toMap(path -> path, path -> NESTED)), "Names");
        }
        Path report = work.resolve("readiness.sarif");
        CliRun scan = CliRun.of("scan", repository.toString(), "--no-cache", "--quiet", "--format", "sarif",
                "--unproven-rules", "--sarif-all-notes", "--output", report.toString());
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCode.OK);
        sarif = new ObjectMapper().readTree(report.toFile());
    }

    @Test
    void everyUriIsPercentEncodedAsciiThatDecodesToItsPath() {
        List<String> uris = StreamSupport.stream(sarif.at("/runs/0/results").spliterator(), false)
                .map(result -> result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .filter(uri -> uri.startsWith("src/")).distinct().toList();

        assertThat(uris).hasSize(PATHS.size()).allSatisfy(uri -> assertThat(uri).matches("[A-Za-z0-9._~/%-]+"))
                .extracting(uri -> URI.create(uri).getPath()).containsExactlyInAnyOrderElementsOf(PATHS);
        assertThat(uris).contains("src/main/java/shop/My%20Dir/Price%20%231%20of%20100%25%20%3F.java",
                "src/main/java/shop/Bell%07%1B%5B2J%09Tab%7F.java");
    }

    @Test
    void theReportIsValidAgainstTheSchemaWhichRejectsAnUnencodedUri() {
        ObjectNode broken = sarif.deepCopy();
        ((ObjectNode) broken.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation"))
                .put("uri", PATHS.get(0));

        assertThat(SarifSchema.validate(sarif)).isEmpty();
        assertThat(SarifSchema.validate(broken)).isNotEmpty();
    }

    /** A method nested six deep: a modularity/deep-nesting finding at each file (with the unproven rules). */
    private static final String NESTED = "package shop;\n\nclass Nested {\n    int route(int a) {\n"
            + "        if (a > 0) { if (a > 1) { if (a > 2) { if (a > 3) { if (a > 4) { if (a > 5) {\n"
            + "            return a;\n        } } } } } }\n        return 0;\n    }\n}\n";
}
