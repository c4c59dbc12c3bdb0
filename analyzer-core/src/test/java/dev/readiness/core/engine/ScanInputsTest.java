package dev.readiness.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.baseline.GateComparisons;
import dev.readiness.core.config.ArchitectureConfig;
import dev.readiness.core.config.ReadinessConfig;
import dev.readiness.core.history.HistoryOptions;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest an unchanged repository is recognised by: the same for the same inputs however they are scanned,
 * different as soon as anything a scan reads changes, in a real Git repository.
 */
class ScanInputsTest {

    @TempDir
    Path temp;
    private Path repository;
    private Git git;

    @BeforeEach
    void commitASmallProject() {
        repository = temp.resolve("shop");
        git = TestRepos.init(repository);
        TestRepos.commitFiles(git, Map.of(
                "pom.xml", "<project><modelVersion>4.0.0</modelVersion><artifactId>shop</artifactId></project>\n",
                "src/main/java/com/acme/Order.java", "package com.acme;\nclass Order { int total() { return 1; } }\n",
                "src/test/java/com/acme/OrderTest.java", "package com.acme;\nclass OrderTest { }\n"), "Add orders");
    }

    private String digest(ScanRequest request) throws ScanInputException {
        try (OpenedScan opened = new Analyzer(new RuleRegistry(List.of()), ProgressListener.NONE)
                .open(request, GateComparisons.Request.NONE)) {
            return opened.inputsDigest().orElseThrow();
        }
    }

    private String digest() throws ScanInputException {
        return digest(new ScanRequest(repository, 1));
    }

    @Test
    void theSameInputsGiveTheSameDigestWhateverTheThreadCount() throws ScanInputException {
        assertThat(digest(new ScanRequest(repository, 2))).isEqualTo(digest()).isEqualTo(digest());
    }

    @Test
    void editingATrackedFileWithoutCommittingChangesTheDigest() throws Exception {
        String before = digest();

        Files.writeString(repository.resolve("src/main/java/com/acme/Order.java"),
                "package com.acme;\nclass Order { int total() { return 2; } }\n");

        assertThat(digest()).isNotEqualTo(before);
    }

    @Test
    void anUntrackedFileChangesTheDigest() throws Exception {
        String before = digest();

        Files.writeString(repository.resolve("src/main/java/com/acme/Cart.java"), "package com.acme;\nclass Cart { }\n");

        assertThat(digest()).isNotEqualTo(before);
    }

    @Test
    void aNewCommitOfTheSameTreeChangesTheDigestBecauseTheHistoryGrew() throws Exception {
        String before = digest();

        git.commit().setAllowEmpty(true).setMessage("Nothing but history").setAuthor(TestRepos.DEFAULT_AUTHOR)
                .setCommitter(TestRepos.DEFAULT_AUTHOR).call();

        assertThat(digest()).isNotEqualTo(before);
    }

    @Test
    void otherSettingsOrHistoryOptionsChangeTheDigest() throws ScanInputException {
        ScanRequest plain = new ScanRequest(repository, 1);
        ReadinessConfig weighted = new ReadinessConfig("readiness.yml", ArchitectureConfig.NONE,
                Map.of("testing", 2.0));
        HistoryOptions defaults = HistoryOptions.defaults(1);
        HistoryOptions fewer = new HistoryOptions(1, defaults.since(), defaults.recentWindow(),
                defaults.firstParentOnly(), defaults.threads(), defaults.botAuthors(), defaults.ref());

        assertThat(List.of(digest(plain.withConfig(weighted)), digest(plain.withHistory(fewer))))
                .doesNotContain(digest(plain)).doesNotHaveDuplicates();
    }

    @Test
    void aCoverageReportOrCompiledClassesInTheBuildOutputChangeTheDigest() throws Exception {
        String before = digest();
        Path jacoco = write("target/site/jacoco/jacoco.xml", "<report name=\"shop\"/>");
        String withReport = digest();
        write("target/classes/com/acme/Order.class", "not really a class");
        String withClasses = digest();

        Files.writeString(jacoco, "<report name=\"shop, again\"/>");

        assertThat(List.of(before, withReport, withClasses, digest())).doesNotHaveDuplicates();
    }

    private Path write(String path, String text) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void aDirectoryWithoutGitIsDigestedByItsFilesContent() throws Exception {
        Path plain = temp.resolve("plain");
        TestRepos.writeFiles(plain, Map.of("src/main/java/com/acme/Order.java", "package com.acme;\nclass Order { }\n"));
        String before = digest(new ScanRequest(plain, 1));

        Files.writeString(plain.resolve("src/main/java/com/acme/Order.java"), "package com.acme;\nclass Order { int id; }\n");

        assertThat(digest(new ScanRequest(plain, 1))).isNotEqualTo(before);
    }
}
