package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.FakeSecrets;
import org.junit.jupiter.api.Test;

class UriPathsTest {

    @Test
    void keepsUnreservedCharactersAndSlashes() {
        assertThat(UriPaths.encode("src/main/java/a-b_c.d~e/Z9.java")).isEqualTo("src/main/java/a-b_c.d~e/Z9.java");
    }

    @Test
    void encodesReservedCharactersSpacesAndUtf8Bytes() {
        assertThat(UriPaths.encode("docs/My Notes #1?.md")).isEqualTo("docs/My%20Notes%20%231%3F.md");
        assertThat(UriPaths.encode("src/Café.java")).isEqualTo("src/Caf%C3%A9.java");
        assertThat(UriPaths.encode("src/%41.java")).isEqualTo("src/%2541.java");
        assertThat(UriPaths.encode("日本.java")).isEqualTo("%E6%97%A5%E6%9C%AC.java");
    }

    @Test
    void masksASecretInTheNameBeforeEncodingIt() {
        assertThat(UriPaths.encode("src/" + FakeSecrets.GITHUB_TOKEN + ".java"))
                .isEqualTo("src/ghp_%E2%80%A6%2840%20chars%29.java");
    }
}
