package dev.readiness.rules.hygiene;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.source.JavaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Secrets written into the repository: in Java sources and in text configuration files (.properties, .yml,
 * .yaml, .xml, .json, .env, .conf). Test fixtures are reported as notes, since fake keys are common there.
 * The secret itself never leaves this class: messages carry only its masked form ({@link SecretPatterns#mask}).
 */
@RuleDefinition(
        id = "hygiene/hardcoded-secret",
        summary = "A secret (key, token, password) is written into the repository.",
        description = "Reports known key formats (AWS, GitHub, Slack, Google, Stripe, PEM private keys, JWTs), JDBC "
                + "URLs with an inline password and random-looking values assigned to password / secret / token "
                + "/ API-key names, in Java sources and text configuration files. Anyone who can read the "
                + "repository, including AI agents and the services they send context to, can use the secret. "
                + "Test fixtures are reported as notes.",
        level = Level.ERROR,
        precision = Precision.MEDIUM,
        scope = {FileKind.PRODUCTION, FileKind.TEST, FileKind.TEST_FIXTURE, FileKind.GENERATED, FileKind.VENDORED,
                FileKind.SAMPLE, FileKind.BUILD, FileKind.DOCS, FileKind.OTHER},
        securitySeverity = "8.5",
        tags = {"hygiene", "security", "secrets", "external/cwe/cwe-798", "ai-readiness"}
)
public final class HardcodedSecret implements JavaFileRule, RepositoryRule {

    /** Larger files are data dumps or generated; scanning them costs much and rarely finds a hand-written key. */
    static final long MAX_FILE_BYTES = 512L * 1024L;
    /** Minified or encoded lines: a secret there is not hand-written either. */
    private static final int MAX_LINE_LENGTH = 4_000;
    private static final Set<String> CONFIG_EXTENSIONS = Set.of("properties", "yml", "yaml", "xml", "json", "env",
            "conf");

    @Override
    public void check(JavaFile file, FindingSink sink) {
        // Java sources are checked with the parse: in parallel, and cached per file like every per-file result.
        if (isScanned(file.file())) {
            report(scan(file.file(), file.text()), sink);
        }
    }

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        List<Found> found = context.files().parallelStream()
                .filter(file -> !file.isJavaSource() && isScanned(file))
                .flatMap(file -> context.readText(file).map(text -> scan(file, text)).orElse(List.of()).stream())
                .toList();
        report(found, sink);
    }

    private static void report(List<Found> found, FindingSink sink) {
        for (Found secret : found) {
            FileKind role = secret.file().kind();
            boolean test = !isProductionSide(role);
            SecretPatterns.Match match = secret.match();
            Location location = Location.of(secret.file().path(),
                    new Region(secret.line(), match.start() + 1, secret.line(), match.end() + 1), "");
            String message = message(match, role);
            if (test) {
                sink.report(Level.NOTE, location, message, List.of());
            } else {
                sink.report(location, message, List.of(), Map.of("secret-kind", match.kind()));
            }
        }
    }

    /** A secret found on a line (1-based) of a file. */
    private record Found(RepoFile file, int line, SecretPatterns.Match match) {
    }

    private static List<Found> scan(RepoFile file, String text) {
        List<Found> found = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            if (line.length() <= MAX_LINE_LENGTH) {
                int lineNumber = index + 1;
                SecretPatterns.find(line, file.isJava()).forEach(match -> found.add(new Found(file, lineNumber, match)));
            }
        }
        return found;
    }

    private static String message(SecretPatterns.Match match, FileKind role) {
        String what = match.kind().equals("private key")
                ? "A PEM private key block"
                : "A hardcoded " + match.kind() + " (" + match.masked() + ")";
        if (role.isTestSide()) {
            return what + " is in test code: if it is a real credential, rotate it; if it is a fixture, make it an "
                    + "obvious placeholder (\"dummy\", \"changeme\") or generate it in the test.";
        }
        if (!isProductionSide(role)) {
            return what + " is in " + role.id() + " files, outside production code: if it is a real credential, "
                    + "rotate it; if it is an example, make it an obvious placeholder (\"dummy\", \"changeme\").";
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

    /**
     * Production code and the build and configuration files that ship with it; a secret anywhere else (tests,
     * fixtures, samples, docs, generated or vendored code) is reported as a note.
     */
    static boolean isProductionSide(FileKind role) {
        return role == FileKind.PRODUCTION || role == FileKind.BUILD || role == FileKind.OTHER;
    }
}
