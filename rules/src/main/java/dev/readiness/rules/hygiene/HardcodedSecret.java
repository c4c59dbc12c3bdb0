package dev.readiness.rules.hygiene;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleMetadata;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Secrets written into the repository: in Java sources and in text configuration files (.properties, .yml,
 * .yaml, .xml, .json, .env, .conf). Test fixtures are reported as notes, since fake keys are common there.
 * The secret itself never leaves this class: messages carry only its masked form ({@link SecretPatterns#mask}).
 */
public final class HardcodedSecret implements RepositoryRule {

    public static final String ID = "hygiene/hardcoded-secret";

    /** Larger files are data dumps or generated; scanning them costs much and rarely finds a hand-written key. */
    static final long MAX_FILE_BYTES = 512L * 1024L;
    /** Minified or encoded lines: a secret there is not hand-written either. */
    private static final int MAX_LINE_LENGTH = 4_000;
    private static final Set<String> CONFIG_EXTENSIONS = Set.of("properties", "yml", "yaml", "xml", "json", "env",
            "conf");
    private static final List<String> TEST_DIRECTORIES = List.of("/src/test/", "/src/testFixtures/",
            "/src/integrationTest/", "/src/it/", "/test/", "/tests/", "/testdata/", "/test-data/", "/fixtures/");

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID, HardcodedSecret.class)
            .name("HardcodedSecret")
            .shortDescription("A secret (key, token, password) is written into the repository.")
            .fullDescription("Reports known key formats (AWS, GitHub, Slack, Google, Stripe, PEM private keys, JWTs), JDBC "
                    + "URLs with an inline password and random-looking values assigned to password / secret / token "
                    + "/ API-key names, in Java sources and text configuration files. Anyone who can read the "
                    + "repository, including AI agents and the services they send context to, can use the secret. "
                    + "Test fixtures are reported as notes.")
            .defaultLevel(Level.ERROR)
            .precision(Precision.MEDIUM)
            .tags("hygiene", "security", "secrets", "external/cwe/cwe-798", "ai-readiness")
            .securitySeverity("8.5")
            .build();

    public HardcodedSecret() {
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        for (RepoFile file : context.files()) {
            if (isScanned(file)) {
                context.readText(file).ifPresent(text -> scan(file, text, sink));
            }
        }
    }

    private static void scan(RepoFile file, String text, FindingSink sink) {
        boolean test = isTestFixture(file);
        String[] lines = text.split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            if (line.length() > MAX_LINE_LENGTH) {
                continue;
            }
            for (SecretPatterns.Match match : SecretPatterns.find(line, file.isJava())) {
                Location location = Location.of(file.path(),
                        new Region(index + 1, match.start() + 1, index + 1, match.end() + 1), "");
                String message = message(match, test);
                if (test) {
                    sink.report(Level.NOTE, location, message, List.of());
                } else {
                    sink.report(location, message, List.of(), Map.of("secret-kind", match.kind()));
                }
            }
        }
    }

    private static String message(SecretPatterns.Match match, boolean test) {
        String what = match.kind().equals("private key")
                ? "A PEM private key block"
                : "A hardcoded " + match.kind() + " (" + match.masked() + ")";
        if (test) {
            return what + " is in test code: if it is a real credential, rotate it; if it is a fixture, make it an "
                    + "obvious placeholder (\"dummy\", \"changeme\") or generate it in the test.";
        }
        return what + " is written into the repository: revoke and rotate it (it stays in the Git history), then "
                + "read it at runtime from an environment variable or a secret store.";
    }

    static boolean isScanned(RepoFile file) {
        if (file.size() > MAX_FILE_BYTES) {
            return false;
        }
        if (file.isJava()) {
            return true;
        }
        String name = file.fileName().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return name.equals(".env") || name.startsWith(".env.")
                || (dot >= 0 && CONFIG_EXTENSIONS.contains(name.substring(dot + 1)));
    }

    /** Test code, or a file under a test source set or a test / fixture directory. */
    static boolean isTestFixture(RepoFile file) {
        if (file.kind() == FileKind.TEST) {
            return true;
        }
        String slashed = "/" + file.path();
        return TEST_DIRECTORIES.stream().anyMatch(slashed::contains);
    }
}
