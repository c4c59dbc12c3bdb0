package dev.readiness.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.analysis.RepositoryOverview;
import dev.readiness.core.analysis.RepositoryOverview.FileChanges;
import dev.readiness.core.analysis.RepositoryOverview.PackageCycle;
import dev.readiness.core.analysis.RepositoryOverview.PackageEdge;
import dev.readiness.core.rule.RuleRegistry;
import dev.readiness.core.testing.TestRepos;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview the HTML report draws comes from the scan's own history and package graph. */
class RepositoryOverviewScanTest {

    private static final String A = "src/main/java/app/a/A.java";
    private static final String B = "src/main/java/app/b/B.java";
    private static final String OTHER = "src/main/java/app/a/Other.java";
    private static final String B_TEST = "src/test/java/app/b/BTest.java";

    @TempDir
    Path repository;

    @Test
    void countsChangesOfProductionFilesAndDrawsTheCycleWithItsCheapestEdgeCut() throws Exception {
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of(A, a(""), B, b("", ""), B_TEST, "package app.b;\nclass BTest { }\n"),
                    "first");
            TestRepos.commitFiles(git, Map.of(A, a("// second\n")), "second",
                    TestRepos.ident("Other Person", "other@example.com", "2020-01-02T00:00:00Z"));
            TestRepos.commitFiles(git, Map.of(A, a("// third\n"), B, b("app.a.A first;\n    app.a.Other second;\n",
                    "// third\n"), OTHER, "package app.a;\npublic class Other { }\n"), "third");
        }

        RepositoryOverview overview = scan();

        assertThat(overview.fileChanges()).extracting(FileChanges::path, FileChanges::changes, FileChanges::authors)
                .containsExactly(tuple(A, 3, 2), tuple(OTHER, 1, 1), tuple(B, 2, 1));
        assertThat(overview.recentWindowStart()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(overview.packageCycles()).extracting(PackageCycle::packages).containsExactly(List.of("app.a", "app.b"));
        assertThat(overview.packageCycles().get(0).edges())
                .extracting(PackageEdge::from, PackageEdge::to, PackageEdge::references, PackageEdge::cut)
                .containsExactly(tuple("app.a", "app.b", 1, true), tuple("app.b", "app.a", 2, false));
    }

    @Test
    void aPlainDirectoryHasNoChangesToDraw() throws Exception {
        TestRepos.writeFiles(repository, Map.of(A, a(""), B, b("app.a.A first;\n", "")));

        RepositoryOverview overview = scan();

        assertThat(overview.fileChanges()).isEmpty();
        assertThat(overview.recentWindowStart()).isNull();
        assertThat(overview.packageCycles()).hasSize(1);
    }

    private static String a(String comment) {
        return "package app.a;\n" + comment + "public class A {\n    app.b.B b;\n}\n";
    }

    private static String b(String fields, String comment) {
        return "package app.b;\n" + comment + "public class B {\n    " + fields + "}\n";
    }

    private RepositoryOverview scan() throws Exception {
        try (Scan scan = new Analyzer(new RuleRegistry(List.of()), ProgressListener.NONE)
                .analyze(new ScanRequest(repository, 1))) {
            return scan.result().overview();
        }
    }
}
