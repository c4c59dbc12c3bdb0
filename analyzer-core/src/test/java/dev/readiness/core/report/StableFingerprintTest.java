package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class StableFingerprintTest {

    private static Finding finding(String rule, String path, int line, String symbol) {
        return new Finding(rule, Level.WARNING, "msg", Location.of(path, Region.line(line), symbol), List.of());
    }

    @Test
    void isTheTruncatedSha256OfTheFields() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest("modularity/long-method\0src/A.java\0com.acme.A#run()\0000".getBytes(StandardCharsets.UTF_8));

        assertThat(StableFingerprint.compute("modularity/long-method", "src/A.java", "com.acme.A#run()", 0))
                .isEqualTo(HexFormat.of().formatHex(digest).substring(0, 32))
                .hasSize(32);
    }

    @Test
    void survivesLineShifts() {
        String before = StableFingerprint.of(List.of(finding("a/b", "A.java", 10, "A#m()"))).get(0);
        String after = StableFingerprint.of(List.of(finding("a/b", "A.java", 42, "A#m()"))).get(0);

        assertThat(after).isEqualTo(before);
    }

    @Test
    void distinguishesRulePathSymbolAndOccurrence() {
        List<String> fingerprints = StableFingerprint.of(List.of(
                finding("a/b", "A.java", 1, "A#m()"),
                finding("a/b", "A.java", 2, "A#m()"),
                finding("a/c", "A.java", 3, "A#m()"),
                finding("a/b", "B.java", 4, "A#m()"),
                finding("a/b", "A.java", 5, "A#n()")));

        assertThat(fingerprints).doesNotHaveDuplicates();
        assertThat(fingerprints.get(0)).isEqualTo(StableFingerprint.compute("a/b", "A.java", "A#m()", 0));
        assertThat(fingerprints.get(1)).isEqualTo(StableFingerprint.compute("a/b", "A.java", "A#m()", 1));
        // The occurrence count is per (rule, path, symbol): a different rule starts again at 0.
        assertThat(fingerprints.get(2)).isEqualTo(StableFingerprint.compute("a/c", "A.java", "A#m()", 0));
    }

    @Test
    void keyIsVersioned() {
        assertThat(StableFingerprint.KEY).isEqualTo("readiness/v1");
    }
}
