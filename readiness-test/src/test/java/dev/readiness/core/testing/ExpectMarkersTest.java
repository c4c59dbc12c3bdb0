package dev.readiness.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectMarkersTest {

    private static final String LONG = "modularity/long-method";
    private static final String PARAMETERS = "modularity/too-many-parameters";

    @TempDir
    Path root;

    @Test
    void markersOnLinesOfTheirOwnApplyToTheNextLineThatIsNotOneAndCarryTheirText() throws IOException {
        write("src/A.java", """
                class A {
                    // expect: modularity/long-method "has 71 lines"
                      // expect: modularity/too-many-parameters // expect: hygiene/console-logging
                    void build(int a) { // expect: modularity/complex-method "complexity 17"
                    }
                    // expect: modularity/deep-nesting

                    // a note, not a marker line // expect: context/undocumented-public-api
                }
                // expect: modularity/god-class
                """);
        write("README.md", """
                <!-- expect: context/no-ci "no CI" -->
                  <!-- expect: context/no-codeowners -->
                # Title <!-- expect: history/low-truck-factor "truck factor 1" -->
                """);

        assertThat(ExpectMarkers.markers(root, id -> !id.startsWith("hygiene/"))).containsExactly(
                new ExpectMarker("README.md", 3, "context/no-ci", "no CI", 1),
                new ExpectMarker("README.md", 3, "context/no-codeowners", "", 2),
                new ExpectMarker("README.md", 3, "history/low-truck-factor", "truck factor 1", 3),
                new ExpectMarker("src/A.java", 4, LONG, "has 71 lines", 2),
                new ExpectMarker("src/A.java", 4, PARAMETERS, "", 3),
                new ExpectMarker("src/A.java", 4, "modularity/complex-method", "complexity 17", 4),
                new ExpectMarker("src/A.java", 7, "modularity/deep-nesting", "", 6),
                new ExpectMarker("src/A.java", 8, "context/undocumented-public-api", "", 8),
                new ExpectMarker("src/A.java", 11, "modularity/god-class", "", 10));
    }

    @Test
    void aFindingWhoseMessageHoldsTheTextMeetsTheMarker() {
        List<ExpectMarker> markers = List.of(new ExpectMarker("A.java", 4, LONG, "has 71 lines", 4));

        assertThatCode(() -> ExpectMarkers.assertMatch("A", markers,
                List.of(finding(LONG, 4, "Method 'build' has 71 lines of code (threshold 70)"))))
                .doesNotThrowAnyException();
    }

    @Test
    void aWrongTextFailsNamingThePlaceTheTextAndTheMessage() {
        List<ExpectMarker> markers = List.of(new ExpectMarker("A.java", 4, LONG, "has 77 lines", 3));

        assertThatThrownBy(() -> ExpectMarkers.assertMatch("A", markers,
                List.of(finding(LONG, 4, "Method 'build' has 71 lines of code (threshold 70)"))))
                .hasMessageContaining("missing (marker, no finding):\n    A.java:4 modularity/long-method "
                        + "\"has 77 lines\" (marker on line 3): reported there \"Method 'build' has 71 lines of code "
                        + "(threshold 70)\"\n")
                .hasMessageContaining("unexpected (finding, no marker):\n    A.java:4 modularity/long-method "
                        + "\"Method 'build' has 71 lines of code (threshold 70)\"");
    }

    @Test
    void aTextMarkerWithNothingReportedSaysSo() {
        List<ExpectMarker> markers = List.of(new ExpectMarker("A.java", 4, LONG, "has 77 lines", 4));

        assertThatThrownBy(() -> ExpectMarkers.assertMatch("A", markers, List.of()))
                .hasMessageContaining("A.java:4 modularity/long-method \"has 77 lines\": nothing reported there\n"
                        + "  unexpected (finding, no marker):\n    none");
    }

    @Test
    void eachFindingMeetsOneMarkerInWhateverOrderTheyCome() {
        // sorted, the plain marker comes first and would take the finding the text marker needs
        List<ExpectMarker> markers = List.of(new ExpectMarker("A.java", 4, PARAMETERS, "", 4),
                new ExpectMarker("A.java", 4, PARAMETERS, "has 5", 4));
        List<Finding> findings = List.of(finding(PARAMETERS, 4, "'a' has 5 parameters"),
                finding(PARAMETERS, 4, "'b' has 6 parameters"));

        assertThatCode(() -> ExpectMarkers.assertMatch("A", markers, findings)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ExpectMarkers.assertMatch("A", markers, findings.subList(1, 2)))
                .hasMessageContaining("A.java:4 modularity/too-many-parameters \"has 5\": reported there "
                        + "\"'b' has 6 parameters\"");
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Finding finding(String ruleId, int line, String message) {
        return new Finding(ruleId, Level.WARNING, message, Location.ofLine("A.java", line), List.of());
    }
}
