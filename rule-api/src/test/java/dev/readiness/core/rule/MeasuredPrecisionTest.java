package dev.readiness.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasuredPrecisionTest {

    @TempDir
    Path classPath;

    @Test
    void belowTheBarWhenLessThanFourFifthsAreCorrectOnEnoughLabels() {
        assertThat(new MeasuredPrecision(1, 1, 2, 2).belowBar()).as("too few labels to judge").isFalse();
        assertThat(new MeasuredPrecision(2, 1, 2, 2).belowBar()).as("40 % correct of 5").isTrue();
        assertThat(new MeasuredPrecision(4, 1, 0, 2).belowBar()).as("80 % correct meets the bar").isFalse();
        assertThat(new MeasuredPrecision(7, 2, 0, 4).belowBar()).as("78 % correct, none wrong").isTrue();
        assertThat(new MeasuredPrecision(0, 10, 0, 4).belowBar()).as("debatable is not correct").isTrue();
    }

    @Test
    void theSarifPrecisionFollowsTheShareOfCorrectFindings() {
        assertThat(new MeasuredPrecision(19, 1, 0, 5).precision()).isEqualTo(Precision.VERY_HIGH);
        assertThat(new MeasuredPrecision(16, 4, 0, 5).precision()).isEqualTo(Precision.HIGH);
        assertThat(new MeasuredPrecision(12, 8, 0, 5).precision()).isEqualTo(Precision.MEDIUM);
        assertThat(new MeasuredPrecision(11, 9, 0, 5).precision()).isEqualTo(Precision.LOW);
    }

    @Test
    void describesTheSharesCountsAndRepositories() {
        assertThat(new MeasuredPrecision(8, 9, 3, 8).describe())
                .isEqualTo("40 % correct, 45 % debatable, 15 % wrong, of 20 labelled findings on 8 repositories");
        assertThat(new MeasuredPrecision(1, 0, 0, 1).describe())
                .isEqualTo("100 % correct, 0 % debatable, 0 % wrong, of 1 labelled finding on 1 repository");
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> new MeasuredPrecision(1, -1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheShippedTableSkippingCommentsAndTheHeader() throws IOException {
        Path table = classPath.resolve(MeasuredPrecision.RESOURCE);
        Files.createDirectories(table.getParent());
        Files.writeString(table, "# measured\nrule\ttrue\tdebatable\tfalse\trepositories\n"
                + "modularity/long-method\t11\t7\t1\t10\ntesting/untested-class\t2\t8\t16\t9\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null)) {
            assertThat(MeasuredPrecision.of(loader, "modularity/long-method")).contains(new MeasuredPrecision(11, 7, 1, 10));
            assertThat(MeasuredPrecision.of(loader, "testing/untested-class")).hasValueSatisfying(measured ->
                    assertThat(measured.belowBar()).isTrue());
            assertThat(MeasuredPrecision.of(loader, "hygiene/todo-density")).isEmpty();
        }
    }
}
