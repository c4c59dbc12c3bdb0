package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action's first step (action/setup.sh): at a release tag it downloads the released jar and its SHA-256 from a
 * local server standing in for GitHub's release downloads and uses the jar only when they match; at any other ref
 * it leaves the jar to be built. It picks a Java 17 or newer without changing the job's JAVA_HOME.
 */
class GitHubActionSetupTest {

    private static final byte[] JAR = "PK\u0003\u0004 a released readiness.jar".getBytes(StandardCharsets.UTF_8);
    private static final String JAVA_HOME = System.getProperty("java.home");

    @TempDir
    Path temp;

    GitHubStub github;

    @BeforeAll
    static void needsBash() {
        assumeTrue(ActionScript.bashIsAvailable(), "bash is not available");
    }

    @BeforeEach
    void startGitHub() throws IOException {
        github = GitHubStub.start();
    }

    @AfterEach
    void stopGitHub() {
        github.close();
    }

    @Test
    void atAReleaseTagTheReleasedJarIsUsedWhenItsChecksumMatches() throws Exception {
        release("v1.2.3", sha256(JAR) + "  readiness.jar\n");

        ActionScript.Run run = setup("v1.2.3");

        assertThat(run.exitCode()).as(run.log()).isZero();
        Path jar = temp.resolve("cli/v1.2.3/readiness.jar");
        assertThat(run.output()).containsEntry("jar", jar.toString()).containsEntry("build", "false")
                .containsEntry("java", JAVA_HOME + "/bin/java").containsEntry("java-home", JAVA_HOME);
        assertThat(Files.readAllBytes(jar)).isEqualTo(JAR);
        assertThat(run.log()).contains("using the released CLI v1.2.3 of acme/readiness (SHA-256 " + sha256(JAR)
                + " verified)");
        assertThat(github.requests()).extracting(GitHubStub.Request::line).containsExactly(
                "GET /releases/download/v1.2.3/readiness.jar", "GET /releases/download/v1.2.3/readiness.jar.sha256");
    }

    @Test
    void aJarWhoseChecksumDoesNotMatchIsNeverUsed() throws Exception {
        String other = sha256("another jar".getBytes(StandardCharsets.UTF_8));
        release("v1.2.3", other + "  readiness.jar\n");

        ActionScript.Run run = setup("v1.2.3");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.log()).contains("::error::readiness action: the SHA-256 of " + github.url()
                + "/releases/download/v1.2.3/readiness.jar is " + sha256(JAR) + ", but its release says " + other
                + ": the jar is not used.");
        assertThat(run.outputs()).isEmpty();
        assertThat(temp.resolve("cli/v1.2.3/readiness.jar")).doesNotExist();
        assertThat(temp.resolve("cli/v1.2.3/readiness.jar.part")).doesNotExist();
    }

    @Test
    void aJarWithoutItsChecksumIsNeverUsed() throws Exception {
        github.answer("GET", "/releases/download/v1/readiness.jar", 200, JAR);

        ActionScript.Run run = setup("v1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.log()).contains("could not download the checksum " + github.url()
                + "/releases/download/v1/readiness.jar.sha256 (HTTP 404); the jar is not used unverified");
        assertThat(run.outputs()).isEmpty();
        assertThat(temp.resolve("cli/v1/readiness.jar")).doesNotExist();
        assertThat(temp.resolve("cli/v1/readiness.jar.part")).doesNotExist();
    }

    @Test
    void aReleaseTagWithoutAReleasedJarBuildsTheCliFromTheActionsCheckout() throws Exception {
        ActionScript.Run run = setup("v2.0.0");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.output()).containsEntry("build", "true")
                .containsEntry("jar", ActionScript.ROOT.resolve("cli/target/readiness.jar").toString());
        assertThat(run.log()).contains("::notice::readiness action: the release v2.0.0 of acme/readiness has no"
                + " readiness.jar (yet): building the CLI from the action's checkout");
    }

    @Test
    void aBranchOrCommitBuildsTheCliWithoutDownloadingAnything() throws Exception {
        ActionScript.Run branch = setup("main");
        ActionScript.Run commit = setup("0123456789abcdef0123456789abcdef01234567");

        assertThat(branch.exitCode()).as(branch.log()).isZero();
        assertThat(branch.output()).containsEntry("build", "true")
                .containsEntry("jar", ActionScript.ROOT.resolve("cli/target/readiness.jar").toString());
        assertThat(branch.log()).contains("building the CLI from the action's checkout (ref 'main' is not a release tag)");
        assertThat(commit.output()).containsEntry("build", "true");
        assertThat(github.requests()).isEmpty();
    }

    @Test
    void withoutGitHubsActionRefTheTagIsReadFromWhereTheRunnerPutTheAction() throws Exception {
        // The runner checks an action out at _actions/<owner>/<name>/<ref>; github.action_ref can be empty in a
        // composite action's steps.
        Path action = Files.createDirectories(temp.resolve("_actions/acme/readiness/v1.4.0/action"));
        Files.copy(ActionScript.ROOT.resolve("action/setup.sh"), action.resolve("setup.sh"));
        Files.copy(ActionScript.ROOT.resolve("action/common.sh"), action.resolve("common.sh"));
        release("v1.4.0", sha256(JAR) + "  readiness.jar\n");

        ActionScript.Run run = ActionScript.run(action.resolve("setup.sh"), temp.resolve("run"), Map.of(
                "READINESS_RELEASES_URL", github.url() + "/releases/download",
                "READINESS_CLI_DIR", temp.resolve("cli").toString(), "READINESS_JAVA_HOME", JAVA_HOME));

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.output()).containsEntry("jar", temp.resolve("cli/v1.4.0/readiness.jar").toString());
        assertThat(run.log()).contains("using the released CLI v1.4.0 of acme/readiness");
    }

    @Test
    void aJavaOlderThan17IsPassedOverForTheRunnersJava17() throws Exception {
        Path java8 = fakeJava("1.8.0_402");

        ActionScript.Run run = ActionScript.run("setup.sh", temp.resolve("run"), Map.of(
                "READINESS_ACTION_REF", "main", "JAVA_HOME", java8.toString(), "JAVA_HOME_17_X64", JAVA_HOME));

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.output()).containsEntry("java-home", JAVA_HOME).containsEntry("java", JAVA_HOME + "/bin/java");
        assertThat(run.log()).containsPattern("Java (1[7-9]|[2-9][0-9]) at " + Pattern.quote(JAVA_HOME));
    }

    @Test
    void withoutAJavaHomeTheJavaOnThePathIsFollowedToItsHome() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of(JAVA_HOME, "bin", "java"));
        Path home = Path.of(JAVA_HOME).toRealPath();

        ActionScript.Run run = ActionScript.run("setup.sh", temp.resolve("run"), Map.of(
                "READINESS_ACTION_REF", "main", "PATH", bin + ":" + System.getenv("PATH")));

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.output()).containsEntry("java-home", home.toString())
                .containsEntry("java", home.resolve("bin/java").toString());
    }

    @Test
    void aChosenJavaThatIsTooOldIsAClearFailure() throws Exception {
        Path java11 = fakeJava("11.0.22");

        ActionScript.Run run = ActionScript.run("setup.sh", temp.resolve("run"), Map.of(
                "READINESS_ACTION_REF", "main", "READINESS_JAVA_HOME", java11.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.log()).contains("READINESS_JAVA_HOME (" + java11 + ") is not a Java 17 or newer with javac");
        assertThat(run.outputs()).isEmpty();
    }

    private void release(String tag, String checksum) {
        github.answer("GET", "/releases/download/" + tag + "/readiness.jar", 200, JAR)
                .answer("GET", "/releases/download/" + tag + "/readiness.jar.sha256", 200, checksum);
    }

    private ActionScript.Run setup(String ref) throws IOException, InterruptedException {
        return ActionScript.run("setup.sh", temp.resolve("run-" + ref), Map.of(
                "READINESS_ACTION_REF", ref, "READINESS_ACTION_REPOSITORY", "acme/readiness",
                "READINESS_RELEASES_URL", github.url() + "/releases/download",
                "READINESS_CLI_DIR", temp.resolve("cli").toString(), "READINESS_JAVA_HOME", JAVA_HOME));
    }

    /** A Java home whose java and javac only say they are {@code version}, as an old JDK on a runner would. */
    private Path fakeJava(String version) throws IOException {
        Path bin = Files.createDirectories(temp.resolve("jdk-" + version + "/bin"));
        String script = "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2024-01-16' >&2\n";
        Files.writeString(bin.resolve("java"), script);
        Files.writeString(bin.resolve("javac"), script);
        Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(bin.resolve("javac"), PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin.getParent();
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
