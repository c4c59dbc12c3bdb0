package dev.readiness.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.analysis.BaselineEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

    private static final BaselineEntry LATER = new BaselineEntry("bb", "hygiene/x", "src/B.java", "B#m()");
    private static final BaselineEntry EARLIER = new BaselineEntry("aa", "hygiene/x", "src/A.java", "A");

    @TempDir
    Path temp;

    @Test
    void writesSortedEntriesThatReadBack() throws Exception {
        Path file = temp.resolve("baseline.json");
        Files.write(file, BaselineFile.toBytes(List.of(LATER, EARLIER)));

        assertThat(BaselineFile.read(file)).containsExactly(EARLIER, LATER);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("{\n  \"baselineVersion\": 1,\n")
                .contains("\"fingerprint\": \"readiness/v2\"").contains("\"findings\": 2").endsWith("}\n");
        assertThat(BaselineFile.toBytes(List.of(EARLIER, LATER))).isEqualTo(BaselineFile.toBytes(List.of(LATER, EARLIER)));
    }

    @Test
    void anotherFingerprintRecipeAsksForANewBaseline() throws IOException {
        Path file = temp.resolve("old.json");
        Files.writeString(file, "{\"fingerprint\": \"readiness/v1\", \"entries\": []}");

        assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(BaselineException.class)
                .hasMessageContaining("holds fingerprints of kind 'readiness/v1', this version computes 'readiness/v2'");
    }

    @Test
    void somethingElseIsNotABaseline() throws IOException {
        Path array = temp.resolve("array.json");
        Files.writeString(array, "[1, 2]");
        Path noFingerprint = temp.resolve("entry.json");
        Files.writeString(noFingerprint, "{\"fingerprint\": \"readiness/v2\", \"entries\": [{\"ruleId\": \"a/b\"}]}");

        assertThatThrownBy(() -> BaselineFile.read(array)).hasMessageContaining("is not a readiness baseline");
        assertThatThrownBy(() -> BaselineFile.read(noFingerprint)).hasMessageContaining("entry 1 has no \"fingerprint\"");
    }
}
