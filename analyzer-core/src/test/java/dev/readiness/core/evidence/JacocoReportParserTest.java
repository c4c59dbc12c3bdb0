package dev.readiness.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.evidence.ClassCoverage.Counter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JacocoReportParserTest {

    @TempDir
    Path work;

    @Test
    void readsClassLevelCountersNotMethodOrPackageOnes() throws Exception {
        List<ClassCoverage> classes = JacocoReportParser.parse(Reports.copy("jacoco.xml", work.resolve("jacoco.xml")));

        assertThat(classes).extracting(ClassCoverage::className).containsExactly("com.example.shop.PriceCalculator",
                "com.example.shop.PriceCalculator$Rounding", "com.example.shop.Cart");
        ClassCoverage calculator = classes.get(0);
        assertThat(calculator.packageName()).isEqualTo("com.example.shop");
        assertThat(calculator.sourceFile()).isEqualTo("PriceCalculator.java");
        assertThat(calculator.lines()).isEqualTo(new Counter(1, 8));
        assertThat(calculator.branches()).isEqualTo(new Counter(1, 5));
        assertThat(calculator.instructions()).isEqualTo(new Counter(2, 40));
        assertThat(classes.get(1).branches()).isEqualTo(Counter.EMPTY);
    }

    @Test
    void readsClassesInsideAggregateGroups() throws Exception {
        Path file = Reports.write(work.resolve("jacoco.xml"), "<report name='all'><group name='core'>"
                + "<package name='a/b'><class name='a/b/C' sourcefilename='C.java'>"
                + "<counter type='LINE' missed='3' covered='7'/></class></package></group></report>");

        assertThat(JacocoReportParser.parse(file)).singleElement()
                .satisfies(c -> assertThat(c.className()).isEqualTo("a.b.C"))
                .satisfies(c -> assertThat(c.lines()).isEqualTo(new Counter(3, 7)));
    }

    @Test
    void nonNumericCounterIsAnError() {
        Path file = Reports.write(work.resolve("jacoco.xml"), "<report name='x'><package name='a'>"
                + "<class name='a/C'><counter type='LINE' missed='many' covered='1'/></class></package></report>");

        assertThatThrownBy(() -> JacocoReportParser.parse(file)).isInstanceOf(EvidenceReportException.class)
                .hasMessageContaining("a.C");
    }

    @Test
    void emptyFileIsAnError() {
        Path file = Reports.write(work.resolve("jacoco.xml"), "");

        assertThatThrownBy(() -> JacocoReportParser.parse(file)).isInstanceOf(EvidenceReportException.class);
    }
}
