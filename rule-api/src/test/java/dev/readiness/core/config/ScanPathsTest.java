package dev.readiness.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** include/exclude globs mean what they mean in .gitignore. */
class ScanPathsTest {

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "generated, src/main/generated/Foo.java, true",
        "generated, generated, true",
        "generated, src/main/generatedX/Foo.java, false",
        "*.sql, db/schema/init.sql, true",
        "*.sql, db/schema/init.sqlx, false",
        "src/gen, src/gen/a/B.java, true",
        "src/gen, lib/src/gen/B.java, false",
        "/docs, docs/index.md, true",
        "/docs, api/docs/index.md, false",
        "**/generated/**, a/b/generated/C.java, true",
        "**/generated/**, generated/C.java, true",
        "**/generated/**, a/generated, false",
        "src/**/Test?.java, src/a/b/Test1.java, true",
        "src/**/Test?.java, src/Test1.java, true",
        "src/**/Test?.java, src/a/Test12.java, false",
        "src/*/X.java, src/a/X.java, true",
        "src/*/X.java, src/a/b/X.java, false",
        "build/, build/out.txt, true",
        "build/, tools/build, false",
    })
    void excludeMatchesLikeGitignore(String glob, String path, boolean excluded) {
        assertThat(new ScanPaths(List.of(), List.of(glob)).contains(path)).isEqualTo(!excluded);
    }

    /** A regular expression of these globs backtracked for 18 s on this path; a few more segments never ended. */
    @Test
    @Timeout(10) // guards against a hang, measures nothing
    void aGlobOfManyDoubleStarsOnADeepPathIsDecidedWithoutBacktracking() {
        String glob = "**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/a/b.java";
        String deep = String.join("/", Collections.nCopies(60, "a")) + "/c.java";
        String matching = String.join("/", Collections.nCopies(60, "a")) + "/b.java";

        assertThat(new ScanPaths(List.of(), List.of(glob)).contains(deep)).isTrue();
        assertThat(new ScanPaths(List.of(), List.of(glob)).contains(matching)).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "src/main/java/App.java, true",
        "src/main/java/gen/Generated.java, false",
        "pom.xml, false",
    })
    void aFileIsInScopeWhenAnIncludeMatchesAndNoExcludeDoes(String path, boolean inScope) {
        ScanPaths paths = new ScanPaths(List.of("src/**"), List.of("gen/"));

        assertThat(paths.contains(path)).isEqualTo(inScope);
    }
}
