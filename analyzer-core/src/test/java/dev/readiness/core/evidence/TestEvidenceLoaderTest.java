package dev.readiness.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.readiness.core.evidence.ClassCoverage.Counter;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestEvidenceLoaderTest {

    private static final List<RepoFile> FILES = List.of(
            new RepoFile("shop/src/main/java/com/example/shop/PriceCalculator.java", FileKind.PRODUCTION, "shop", 1, null),
            new RepoFile("shop/src/main/java/com/example/shop/Cart.java", FileKind.PRODUCTION, "shop", 1, null),
            new RepoFile("shop/src/test/java/com/example/shop/Cart.java", FileKind.TEST, "shop", 1, null));

    @TempDir
    Path work;

    private TestEvidence load() {
        Path pit = Reports.copy("mutations.xml", work.resolve("shop/target/pit-reports/mutations.xml"));
        Path jacoco = Reports.copy("jacoco.xml", work.resolve("shop/target/site/jacoco/jacoco.xml"));
        return TestEvidenceLoader.load(work, List.of(new EvidenceReport(ReportKind.PIT, pit, "shop"),
                new EvidenceReport(ReportKind.JACOCO, jacoco, "shop")), FILES);
    }

    @Test
    void measuresPerTopLevelClassIncludeNestedClasses() {
        ClassEvidence calculator = load().forClass("com.example.shop.PriceCalculator").orElseThrow();

        assertThat(calculator.path()).isEqualTo("shop/src/main/java/com/example/shop/PriceCalculator.java");
        assertThat(calculator.module()).isEqualTo("shop");
        assertThat(calculator.measures().lines()).isEqualTo(new Counter(2, 8));
        assertThat(calculator.measures().lineCoverage().getAsDouble()).isCloseTo(0.8, within(1e-9));
        assertThat(calculator.measures().mutationScore().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(calculator.measures().testStrength().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(calculator.survivedLines()).containsExactly(18);
    }

    @Test
    void overallAndPerModuleSumAllClasses() {
        TestEvidence evidence = load();

        assertThat(evidence.classes()).extracting(ClassEvidence::simpleName).containsExactly("Cart", "PriceCalculator");
        assertThat(evidence.overall()).isEqualTo(new Measures(new Counter(2, 12), 5, 4, 3));
        assertThat(evidence.byModule()).containsOnlyKeys("shop");
        assertThat(evidence.reports()).containsExactly("shop/target/pit-reports/mutations.xml",
                "shop/target/site/jacoco/jacoco.xml");
        assertThat(evidence.hasMutationData()).isTrue();
    }

    @Test
    void malformedReportIsAProblemAndTheOthersAreStillRead() {
        Path broken = Reports.write(work.resolve("target/pit-reports/mutations.xml"), "<mutations><mutation");
        Path jacoco = Reports.copy("jacoco.xml", work.resolve("target/site/jacoco/jacoco.xml"));

        TestEvidence evidence = TestEvidenceLoader.load(work, List.of(new EvidenceReport(ReportKind.PIT, broken, ""),
                new EvidenceReport(ReportKind.JACOCO, jacoco, "")), FILES);

        assertThat(evidence.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.path()).isEqualTo("target/pit-reports/mutations.xml"));
        assertThat(evidence.hasMutationData()).isFalse();
        assertThat(evidence.overall().lineCoverage()).isPresent();
    }

    @Test
    void classWithoutSourceAmongTheFilesKeepsTheReportModule() {
        Path pit = Reports.write(work.resolve("m.xml"), "<mutations><mutation status='KILLED' detected='true'>"
                + "<sourceFile>Gone.java</sourceFile><mutatedClass>x.Gone$1</mutatedClass>"
                + "<lineNumber>3</lineNumber></mutation></mutations>");

        TestEvidence evidence = TestEvidenceLoader.load(work, List.of(new EvidenceReport(ReportKind.PIT, pit, "lib")),
                FILES);

        assertThat(evidence.classes()).singleElement().isEqualTo(new ClassEvidence("x.Gone", "", "lib",
                Measures.ofMutants(1, 1, 1), List.of()));
        assertThat(evidence.overall().lineCoverage()).isEmpty();
    }

    @Test
    void aggregateReportWithMoreLinesWinsOverTheModuleReport() {
        Path small = Reports.write(work.resolve("a.xml"), jacocoWithLines(5, 5));
        Path aggregate = Reports.write(work.resolve("b.xml"), jacocoWithLines(1, 9));

        TestEvidence evidence = TestEvidenceLoader.load(work, List.of(new EvidenceReport(ReportKind.JACOCO, small, ""),
                new EvidenceReport(ReportKind.JACOCO, aggregate, "")), FILES);

        assertThat(evidence.classes()).singleElement()
                .satisfies(c -> assertThat(c.measures().lines()).isEqualTo(new Counter(1, 9)));
    }

    private static String jacocoWithLines(int missed, int covered) {
        return "<report name='x'><package name='com/example/shop'><class name='com/example/shop/Cart' "
                + "sourcefilename='Cart.java'><counter type='LINE' missed='" + missed + "' covered='" + covered
                + "'/></class></package></report>";
    }
}
