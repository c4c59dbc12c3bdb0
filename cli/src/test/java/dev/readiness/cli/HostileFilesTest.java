package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import javax.tools.ToolProvider;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan only reads regular files of the repository: FIFOs and devices in the work tree are skipped, never
 * opened (opening a FIFO blocks, /dev/zero never ends); named inputs that are not regular files are refused;
 * links never lead out of the repository; and writing a report never replaces a device, FIFO or link.
 */
@Timeout(120) // a regression here hangs the scan: fail instead of blocking the build
class HostileFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void fifosInTheWorkTreeAreSkippedWithANoticeAndNeverOpened() throws Exception {
        Path repository = repository();
        makeFifo(repository.resolve("src/main/java/shop/Foo.java"));
        makeFifo(repository.resolve("notes.txt"));

        JsonNode report = scanJson(repository);

        assertThat(skipped(report)).containsEntry("notes.txt", "not a regular file (a FIFO, device or socket), not read")
                .containsEntry("src/main/java/shop/Foo.java", "not a regular file (a FIFO, device or socket), not read");
        assertThat(report.at("/metrics/totalFiles").asInt()).isEqualTo(2);
    }

    @Test
    void anEndlessDeviceInTheWorkTreeIsSkippedLikeAFifo() throws Exception {
        Path repository = repository();
        assumeThat(run("mknod", repository.resolve("Zero.java").toString(), "c", "1", "5"))
                .as("creating a device node needs root").isZero();

        JsonNode report = scanJson(repository);

        assertThat(skipped(report)).containsEntry("Zero.java", "not a regular file (a FIFO, device or socket), not read");
    }

    @Test
    void aFifoNamedReadinessYmlIsRefusedWithOneLine() throws Exception {
        Path repository = repository();
        makeFifo(repository.resolve("readiness.yml"));

        CliRun run = CliRun.of("scan", repository.toString(), "--no-cache");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(run.err().strip()).isEqualTo("readiness: " + repository.resolve("readiness.yml")
                + ": is a FIFO, device or socket, not a readiness.yml file");
    }

    @Test
    void namedInputsThatAreNoRegularFilesAreRefusedBeforeTheScan() throws Exception {
        Path repository = repository();
        Path fifo = temp.resolve("input.fifo");
        makeFifo(fifo);

        CliRun config = CliRun.of("scan", repository.toString(), "--no-cache", "--config", fifo.toString());
        CliRun pit = CliRun.of("scan", repository.toString(), "--no-cache", "--pit-report", fifo.toString());
        CliRun jacoco = CliRun.of("scan", repository.toString(), "--no-cache", "--jacoco-report", fifo.toString());
        CliRun pitDirectory = CliRun.of("scan", repository.toString(), "--no-cache", "--pit-report", temp.toString());

        assertThat(List.of(config, pit, jacoco, pitDirectory)).extracting(CliRun::exitCode)
                .containsOnly(ExitCode.USAGE_ERROR);
        assertThat(config.err()).contains(fifo + ": is a FIFO, device or socket, not a readiness.yml file");
        assertThat(pit.err()).contains("--pit-report " + fifo + " is a FIFO, device or socket");
        assertThat(jacoco.err()).contains("--jacoco-report " + fifo + " is a FIFO, device or socket");
        assertThat(pitDirectory.err()).contains("--pit-report " + temp + " is a directory: name the report file itself");
    }

    @Test
    void aCommittedLinkOutOfTheRepositoryLeadsNoReaderOutOfIt() throws Exception {
        Path repository = repository();
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere/classes"));
        compile(repository.resolve("src/main/java/shop/Cart.java"), elsewhere);
        Files.createSymbolicLink(repository.resolve("target"), elsewhere.getParent());
        try (Git git = Git.open(repository.toFile())) {
            git.add().addFilepattern("target").call();
            git.commit().setMessage("link the build output").setSign(false).setAuthor(TestRepos.DEFAULT_AUTHOR)
                    .setCommitter(TestRepos.DEFAULT_AUTHOR).call();
        }
        Path inside = temp.resolve("inside");
        Files.createDirectories(inside);
        Path compiledInside = repository(inside);
        compile(compiledInside.resolve("src/main/java/shop/Cart.java"), compiledInside.resolve("target/classes"));

        JsonNode linked = scanJson(repository);
        JsonNode real = scanJson(compiledInside);

        assertThat(skipped(linked)).containsEntry("target", "symbolic link, not followed");
        assertThat(linked.at("/architectureAnalysis").asText()).isEqualTo("source");
        assertThat(real.at("/architectureAnalysis").asText()).as("the same classes inside are read")
                .isEqualTo("bytecode");
    }

    @Test
    void aReportWrittenToAFifoOrThroughALinkToOneStreamsIntoItAndKeepsBoth() throws Exception {
        Path repository = repository();
        Path fifo = temp.resolve("report.fifo");
        makeFifo(fifo);
        Path link = Files.createSymbolicLink(temp.resolve("fifo-link"), fifo);
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> readAll(fifo));

        CliRun toFifo = CliRun.of("scan", repository.toString(), "--no-cache", "--format", "json", "--output",
                link.toString());

        assertThat(toFifo.exitCode()).as(toFifo.err()).isEqualTo(ExitCode.OK);
        assertThat(JSON.readTree(reader.get()).at("/metrics/totalFiles").asInt()).isEqualTo(2);
        assertThat(attributes(fifo).isOther()).as("still a FIFO").isTrue();
        assertThat(attributes(link).isSymbolicLink()).isTrue();
    }

    @Test
    void aReportWrittenToADeviceLeavesTheDeviceInPlace() throws Exception {
        Path repository = repository();
        // a null device of the test's own: a regression must not replace the machine's /dev/null
        Path device = temp.resolve("null");
        assumeThat(run("mknod", "-m", "666", device.toString(), "c", "1", "3"))
                .as("creating a device node needs root").isZero();

        CliRun toDevice = CliRun.of("scan", repository.toString(), "--no-cache", "--format", "json", "--output",
                device.toString());

        assertThat(toDevice.exitCode()).as(toDevice.err()).isEqualTo(ExitCode.OK);
        assertThat(attributes(device).isOther()).as("still a device").isTrue();
        assertThat(Files.size(device)).isZero();
    }

    @Test
    void aReportWrittenThroughALinkReplacesTheFileItNamesAndKeepsTheLink() throws Exception {
        Path repository = repository();
        Path real = Files.writeString(temp.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(temp.resolve("report.json"), real);
        Path dangling = Files.createSymbolicLink(temp.resolve("dangling.json"), temp.resolve("missing/report.json"));

        CliRun written = CliRun.of("scan", repository.toString(), "--no-cache", "--format", "json", "--output",
                link.toString());
        CliRun refused = CliRun.of("scan", repository.toString(), "--no-cache", "--format", "json", "--output",
                dangling.toString());

        assertThat(written.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(attributes(link).isSymbolicLink()).isTrue();
        assertThat(JSON.readTree(real.toFile()).at("/metrics/totalFiles").asInt()).isEqualTo(2);
        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE_ERROR);
        assertThat(refused.err()).contains("cannot write " + dangling + ": it is a symbolic link to a missing file");
    }

    private Path repository() {
        return repository(temp.resolve("repo"));
    }

    private static Path repository(Path root) {
        try (Git git = TestRepos.init(root)) {
            TestRepos.commitFiles(git, Map.of(
                    "pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId>"
                            + "<artifactId>shop</artifactId><version>1</version></project>\n",
                    "src/main/java/shop/Cart.java", "package shop;\n\npublic class Cart {\n    int total(int price) {\n"
                            + "        return price + 1;\n    }\n}\n"), "initial");
        }
        return root;
    }

    private JsonNode scanJson(Path repository) throws IOException {
        Path output = Files.createTempFile(temp, "report-", ".json");
        CliRun run = CliRun.of("scan", repository.toString(), "--no-cache", "--format", "json", "--output",
                output.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(output.toFile());
    }

    /** The skipped-entry notifications of a JSON report, by path. */
    private static Map<String, String> skipped(JsonNode report) {
        return StreamSupport.stream(report.path("notifications").spliterator(), false)
                .filter(notification -> notification.path("id").asText().equals("skipped-entry"))
                .collect(java.util.stream.Collectors.toMap(notification -> notification.path("path").asText(),
                        notification -> notification.path("message").asText()));
    }

    private static void makeFifo(Path path) throws Exception {
        assumeThat(run("mkfifo", path.toString())).as("mkfifo is available").isZero();
    }

    private static int run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (IOException noSuchProgram) {
            return -1;
        }
    }

    private static void compile(Path source, Path classes) throws IOException {
        Files.createDirectories(classes);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                source.toString());
        assertThat(status).as("javac").isZero();
    }

    private static byte[] readAll(Path fifo) {
        try {
            return Files.readAllBytes(fifo);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }
}
