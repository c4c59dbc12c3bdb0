package dev.readiness.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionMarkersTest {

    @Test
    void textCommentsOfMarkdownXmlAndYamlCoverTheirLineAndWhenAloneTheNextOne() {
        String text = """
                # Title <!-- readiness:ignore context/a reason one -->
                <!-- readiness:ignore context/b reason two -->
                key: value # readiness:ignore hygiene/c
                # readiness:ignore hygiene/d  spaced   reason
                readiness:ignore hygiene/e not in a comment
                """;

        List<SuppressionMarker> markers = SuppressionMarkers.ofText(text);

        assertThat(markers).containsExactly(
                new SuppressionMarker("context/a", "reason one", 1, 1, 1, false),
                new SuppressionMarker("context/b", "reason two", 2, 3, 2, false),
                new SuppressionMarker("hygiene/c", "", 3, 3, 3, false),
                new SuppressionMarker("hygiene/d", "spaced   reason", 4, 5, 4, false));
    }

    @Test
    void javaAnnotationsCoverTheDeclarationAndBlockCommentsWork() {
        String source = """
                class A {
                    @SuppressWarnings(value = {"readiness:modularity/long-method", "rawtypes"})
                    void m() {
                    }
                    /* readiness:ignore hygiene/x block comment reason */
                    int f;
                }
                """;

        List<SuppressionMarker> markers = SuppressionMarkers.ofJava(StaticJavaParser.parse(source), source);

        assertThat(markers).containsExactly(
                new SuppressionMarker("modularity/long-method", "", 2, 4, 2, true),
                new SuppressionMarker("hygiene/x", "block comment reason", 5, 6, 5, false));
        assertThat(markers.get(0).covers("modularity/long-method", 4)).isTrue();
        assertThat(markers.get(0).covers("modularity/long-method", 5)).isFalse();
        assertThat(markers.get(0).covers("hygiene/x", 3)).isFalse();
        assertThat(new SuppressionMarker(SuppressionMarker.ALL_RULES, "", 1, 2, 1, true).covers("any/rule", 2))
                .isTrue();
    }

    @Test
    void aJavadocOrACommentThatOnlyMentionsTheMarkerSuppressesNothing() {
        String source = """
                class A {
                    /** Suppressed by {@code @SuppressWarnings} or a readiness:ignore comment. */
                    boolean suppressed;
                    // write readiness:ignore hygiene/x with a reason to silence one line
                    int f;
                    int g; // readiness:ignore hygiene/y generated column names
                }
                """;

        List<SuppressionMarker> markers = SuppressionMarkers.ofJava(StaticJavaParser.parse(source), source);

        assertThat(markers).containsExactly(new SuppressionMarker("hygiene/y", "generated column names", 6, 6, 6,
                false));
    }
}
