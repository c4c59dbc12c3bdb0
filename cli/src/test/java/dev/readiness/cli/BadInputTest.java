package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input ends in a clear message and the documented exit code, never a stack trace. */
class BadInputTest {

    @TempDir
    Path temp;

    @Test
    void aFileInsteadOfADirectoryIsAUsageError() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "hello");

        CliRun run = CliRun.of("scan", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains(file.toString()).contains("is not a directory");
        assertNoStackTrace(run);
    }

    @Test
    void aMissingPathIsAUsageError() {
        Path missing = temp.resolve("does-not-exist");

        CliRun run = CliRun.of("scan", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains(missing + " does not exist");
        assertNoStackTrace(run);
    }

    @Test
    void anUnreadableDirectoryIsAUsageError() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can read any directory");
        Path locked = Files.createDirectory(temp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            CliRun run = CliRun.of("scan", locked.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
            assertThat(run.err()).contains("is not readable");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anEmptyGitRepositoryIsReportedClearly() throws Exception {
        Path repository = temp.resolve("empty");
        Git.init().setDirectory(repository.toFile()).call().close();

        CliRun run = CliRun.of("scan", repository.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("empty Git repository").contains("nothing to analyse");
        assertNoStackTrace(run);
    }

    @Test
    void aPlainDirectoryIsScannedWithoutHistoryAndSaysSo() throws IOException {
        writeJava(temp.resolve("plain/src/main/java/com/example/Plain.java"), "class Plain { int answer() { return 42; } }");

        CliRun run = CliRun.of("scan", temp.resolve("plain").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("not a Git repository");
    }

    @Test
    void brokenJavaFilesBecomeNotificationsNotCrashes() throws IOException {
        Path repository = temp.resolve("broken");
        writeJava(repository.resolve("src/main/java/com/example/Fine.java"), "package com.example;\nclass Fine { }\n");
        writeJava(repository.resolve("src/main/java/com/example/Syntax.java"),
                "package com.example;\nclass Syntax {\n  void oops( {\n}\n");
        Files.write(repository.resolve("src/main/java/com/example/Binary.java"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0, 1, 2});
        Files.write(repository.resolve("src/main/java/com/example/Latin1.java"),
                "package com.example;\n// Gr\u00fc\u00dfe\nclass Latin1 { }\n".getBytes(StandardCharsets.ISO_8859_1));
        Path generated = repository.resolve("src/main/java/com/example/Huge.java");
        byte[] huge = new byte[5 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        byte[] header = "package com.example;\nclass Huge {\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, huge, 0, header.length);
        huge[huge.length - 2] = '}';
        Files.write(generated, huge);
        Path reports = temp.resolve("reports");

        CliRun run = CliRun.of("scan", repository.toString(), "--format", "sarif,json", "--output", reports.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertNoStackTrace(run);
        String sarif = Files.readString(reports.resolve("readiness.sarif"));
        assertThat(sarif)
                .contains("src/main/java/com/example/Syntax.java")
                .contains("cannot be parsed as Java")
                .contains("src/main/java/com/example/Binary.java")
                .contains("binary content")
                .contains("src/main/java/com/example/Huge.java")
                .contains("5.0 MB exceeds")
                .contains("src/main/java/com/example/Latin1.java")
                .contains("not valid UTF-8");
        JsonNode metrics = new ObjectMapper().readTree(reports.resolve("readiness.json").toFile()).get("metrics");
        assertThat(metrics.get("javaFilesParsed").asInt()).isEqualTo(2);
        assertThat(metrics.get("javaFilesFailed").asInt()).isEqualTo(1);
        assertThat(metrics.get("javaFilesSkipped").asInt()).isEqualTo(2);
    }

    @Test
    void anUnwritableOutputPathFailsBeforeScanningAndWritesNothing() throws IOException {
        writeJava(temp.resolve("repo/src/main/java/A.java"), "class A { }");
        Path notADirectory = Files.writeString(temp.resolve("plain-file"), "x");

        CliRun run = CliRun.of("scan", temp.resolve("repo").toString(), "--format", "sarif",
                "--output", notADirectory.resolve("out.sarif").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("cannot write").contains("does not exist");
        assertNoStackTrace(run);
    }

    @Test
    void oneUnwritableTargetMeansNoReportAtAll() throws IOException {
        writeJava(temp.resolve("repo/src/main/java/A.java"), "class A { }");
        Path reports = Files.createDirectories(temp.resolve("reports"));
        Files.createDirectory(reports.resolve("readiness.json")); // blocks the JSON report

        CliRun run = CliRun.of("scan", temp.resolve("repo").toString(), "--format", "sarif,json",
                "--output", reports.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("readiness.json").contains("is a directory");
        assertThat(reports.resolve("readiness.sarif")).doesNotExist();
    }

    @Test
    void aBaselineThatCannotBeWrittenIsAUsageErrorInOneLine() throws IOException {
        writeJava(temp.resolve("repo/src/main/java/A.java"), "class A { }");
        Path target = temp.resolve("missing-directory/baseline.json");

        CliRun run = CliRun.of("baseline", temp.resolve("repo").toString(), "--output", target.toString(), "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).isEqualTo("readiness: cannot write the baseline: " + target
                + ": no such file or directory\n");
    }

    @Test
    void anOutputDirectoryThatCannotBeCreatedSaysWhy() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into any directory");
        writeJava(temp.resolve("repo/src/main/java/A.java"), "class A { }");
        Path locked = Files.createDirectory(temp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun run = CliRun.of("scan", temp.resolve("repo").toString(), "--format", "sarif,json",
                    "--output", locked.resolve("reports").toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
            assertThat(run.err()).isEqualTo("readiness: cannot create output directory " + locked.resolve("reports")
                    + ": " + locked.resolve("reports") + ": permission denied\n");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void severalFormatsWithoutOutputIsAUsageError() throws IOException {
        writeJava(temp.resolve("repo/src/main/java/A.java"), "class A { }");

        CliRun run = CliRun.of("scan", temp.resolve("repo").toString(), "--format", "sarif,json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err()).contains("--output DIR is required");
    }

    @Test
    void unknownOptionsAndFormatsAreUsageErrors() {
        CliRun unknownOption = CliRun.of("scan", "--colour");
        CliRun unknownFormat = CliRun.of("scan", "--format", "pdf");
        CliRun badLevel = CliRun.of("scan", "--fail-on", "fatal", temp.toString());

        assertThat(unknownOption.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(unknownOption.err()).contains("unknown option '--colour'");
        assertThat(unknownFormat.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(unknownFormat.err()).contains("pdf");
        assertThat(badLevel.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(badLevel.err()).contains("unknown level 'fatal'");
    }

    private static void writeJava(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(run.out()).doesNotContain("\tat ");
    }
}
