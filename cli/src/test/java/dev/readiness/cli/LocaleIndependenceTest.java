package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.testing.TestRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same scan in a Turkish and in an English JVM, each a real subprocess (JavaParser spells its primitive types once
 * per process, so only a fresh JVM shows what a user gets): every report is the same to the byte. Under Turkish rules
 * "I" lower-cases to a dotless "ı", so "int" became "ınt" in signatures, fingerprints and messages.
 */
class LocaleIndependenceTest {

    private static final List<String> REPORTS = List.of("readiness.txt", "readiness.md", "readiness.json",
            "readiness.sarif", "readiness.html");

    @TempDir
    static Path work;
    private static Path english;
    private static Path turkish;

    @BeforeAll
    static void scanInBothLocales() {
        Path repository = work.resolve("repository");
        try (Git git = TestRepos.init(repository)) {
            TestRepos.commitFiles(git, Map.of("src/main/java/tr/Fiyat.java", PRICE,
                    "src/test/java/tr/FiyatTest.java", PRICE_TEST), "Indirim");
        }
        english = scan(repository, "en", "US");
        turkish = scan(repository, "tr", "TR");
    }

    @Test
    void everyReportIsTheSameToTheByte() {
        assertThat(REPORTS).allSatisfy(report -> assertThat(turkish.resolve(report)).as(report)
                .hasSameBinaryContentAs(english.resolve(report)));
    }

    @Test
    void signaturesSpellTheirPrimitiveTypesInEnglish() throws IOException {
        assertThat(Files.readString(turkish.resolve("readiness.json")))
                .contains("\"symbol\": \"tr.Fiyat#indirim(int,Integer,int[],long,String,boolean)\"")
                .doesNotContain("\u0131");
    }

    private static Path scan(Path repository, String language, String country) {
        Path output = work.resolve(language);
        CliRun scan = CliProcess.run(work.resolve(language + "-process"), List.of("-Duser.language=" + language,
                "-Duser.country=" + country), "scan", repository.toString(), "--unproven-rules", "--no-cache", "--quiet",
                "--format", "text,md,json,sarif,html", "--output", output.toString());
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCode.OK);
        return output;
    }

    /** Primitive and boxed parameters, identifiers full of i and I, a cast and deep nesting: signatures in findings. */
    private static final String PRICE = """
            package tr;

            public class Fiyat {
                public int indirim(int miktar, Integer oran, int[] dilimler, long tavan, String isim, boolean iptal) {
                    if (miktar > 0) {
                        if (oran != null) {
                            if (tavan > 1) {
                                if (iptal) {
                                    if (isim != null) {
                                        if (dilimler.length > 0) {
                                            return (int) (miktar * oran / 100);
                                        }
                                    }
                                }
                            }
                        }
                    }
                    return 0;
                }
            }
            """;

    private static final String PRICE_TEST = """
            package tr;

            import static org.junit.jupiter.api.Assertions.assertEquals;

            import org.junit.jupiter.api.Test;

            class FiyatTest {
                @Test
                void indirimIsIntegral() {
                    int İndirim = 5;
                    assertEquals((int) İndirim, (int) İndirim);
                }
            }
            """;
}
