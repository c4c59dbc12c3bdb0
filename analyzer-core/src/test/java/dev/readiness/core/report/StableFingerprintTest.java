package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.analysis.SourceTexts;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StableFingerprintTest {

    private static final String BEFORE = "class A {\n  void m() {\n    System.out.println(1);\n  }\n}\n";
    /** Two lines inserted above, the flagged line re-indented, an unrelated line edited. */
    private static final String AFTER = "// header\n// more\nclass A {\n  void m() {\n      System.out.println(1);\n"
            + "  }\n  void n() {}\n}\n";

    private static Finding finding(String rule, String path, int line, String symbol) {
        return new Finding(rule, Level.WARNING, "msg", Location.of(path, Region.line(line), symbol), List.of());
    }

    private static SourceTexts texts(String text) {
        return path -> Optional.ofNullable(Map.of("A.java", text).get(path));
    }

    @Test
    void isTheTruncatedSha256OfTheFields() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                "modularity/long-method\0src/A.java\0com.acme.A#run()\0void run() {\0000".getBytes(StandardCharsets.UTF_8));

        assertThat(new StableFingerprint.Fields("modularity/long-method", "src/A.java", "com.acme.A#run()",
                "void run() {").fingerprint(0))
                .isEqualTo(HexFormat.of().formatHex(digest).substring(0, 32))
                .hasSize(32);
    }

    @Test
    void survivesLineShiftsReindentationAndEditsElsewhere() {
        String before = StableFingerprint.of(List.of(finding("a/b", "A.java", 3, "A#m()")), texts(BEFORE)).get(0);
        String after = StableFingerprint.of(List.of(finding("a/b", "A.java", 5, "A#m()")), texts(AFTER)).get(0);

        assertThat(after).isEqualTo(before)
                .isEqualTo(new StableFingerprint.Fields("a/b", "A.java", "A#m()", "System.out.println(1);").fingerprint(0));
    }

    @Test
    void changesWhenTheFlaggedLineIsEdited() {
        String before = StableFingerprint.of(List.of(finding("a/b", "A.java", 3, "A#m()")), texts(BEFORE)).get(0);
        String edited = StableFingerprint.of(List.of(finding("a/b", "A.java", 3, "A#m()")),
                texts(BEFORE.replace("println(1)", "println(2)"))).get(0);

        assertThat(edited).isNotEqualTo(before);
    }

    @Test
    void distinguishesRulePathSymbolLineTextAndOccurrence() {
        SourceTexts texts = texts("a\nb\na\na\na\n");
        List<String> fingerprints = StableFingerprint.of(List.of(
                finding("a/b", "A.java", 1, "A#m()"),
                finding("a/b", "A.java", 2, "A#m()"),
                finding("a/b", "A.java", 3, "A#m()"),
                finding("a/c", "A.java", 4, "A#m()"),
                finding("a/b", "A.java", 5, "A#n()"),
                finding("a/b", "B.java", 1, "A#m()")), texts);

        assertThat(fingerprints).doesNotHaveDuplicates();
        assertThat(fingerprints.get(0)).isEqualTo(new StableFingerprint.Fields("a/b", "A.java", "A#m()", "a").fingerprint(0));
        assertThat(fingerprints.get(1)).isEqualTo(new StableFingerprint.Fields("a/b", "A.java", "A#m()", "b").fingerprint(0));
        // The occurrence count is per (rule, path, symbol, line text): the same text again counts up.
        assertThat(fingerprints.get(2)).isEqualTo(new StableFingerprint.Fields("a/b", "A.java", "A#m()", "a").fingerprint(1));
        assertThat(fingerprints.get(3)).isEqualTo(new StableFingerprint.Fields("a/c", "A.java", "A#m()", "a").fingerprint(0));
        // No text for B.java: the snippet is empty rather than the fingerprint missing.
        assertThat(fingerprints.get(5)).isEqualTo(new StableFingerprint.Fields("a/b", "B.java", "A#m()", "").fingerprint(0));
    }

    @Test
    void normalisesWhitespace() {
        assertThat(StableFingerprint.normalise("\t  int  x =\t1;  ")).isEqualTo("int x = 1;");
    }

    @Test
    void keyIsVersioned() {
        assertThat(StableFingerprint.KEY).isEqualTo("readiness/v2");
    }
}
