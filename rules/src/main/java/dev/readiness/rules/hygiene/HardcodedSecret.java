package dev.readiness.rules.hygiene;

import com.github.javaparser.ast.comments.JavadocComment;
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
import dev.readiness.core.secrets.SecretPatterns;
import dev.readiness.core.source.JavaFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
                + "In test code only provider-issued keys (AWS, GitHub, Slack, Google, Stripe) are reported, as notes: "
                + "tests make their own key pairs, tokens and passwords.",
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
    private static final Set<String> CONFIG_EXTENSIONS = Set.of("properties", "yml", "yaml", "xml", "json", "env",
            "conf");
    /** Lines after a private key header that may hold its first base64 line (a Java literal may span two). */
    private static final int KEY_MATERIAL_LINES = 2;
    /** How far a key block is read for an elision: a 4096-bit RSA key in PEM has about 50 lines. */
    private static final int MAX_KEY_LINES = 80;
    /** A line of a key block that only elides: "...", "…", also behind a comment's star or slashes, or quoted. */
    private static final Pattern ELLIPSIS_LINE = Pattern.compile("\\s*(?:\\*|//|#|\"|\\+)?\\s*\"?(?:\\.{3,}|\u2026)\"?\\s*(?:\\+|\\\\n\"?)?\\s*");
    private static final Pattern MESSAGE_BUNDLE_NAME = Pattern.compile(
            "[^.]*_[a-z]{2,3}(_[A-Z]{2})?\\.properties|(?i)[^.]*(messages?|strings|labels|i18n|l10n|locali[sz]ation"
                    + "|translations?)([_-][a-z]{2,3}([_-][a-z]{2})?)?\\.properties");
    private static final Pattern MESSAGE_BUNDLE_DIRECTORY = Pattern.compile("/(i18n|l10n|locales?|translations)/");

    @Override
    public void check(JavaFile file, FindingSink sink) {
        // Java sources are checked with the parse: in parallel, and cached per file like every per-file result.
        if (!isScanned(file.file())) {
            return;
        }
        List<Found> found = scan(file.file(), file.text());
        if (found.isEmpty()) {
            return; // almost every file: its comments need not be walked
        }
        Set<Integer> javadocLines = javadocLines(file);
        report(found.stream().filter(secret -> !javadocLines.contains(secret.line())
                || SecretPatterns.isIssuedByProvider(secret.match().kind())).toList(), sink);
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
            if (role.isTestSide() && !SecretPatterns.isIssuedByProvider(match.kind())) {
                continue; // a test's own key pair, signed token or password is a fixture, not a leak
            }
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

    /**
     * The lines of the file's Javadoc comments. What they hold is documentation: a URL format with an example
     * password (Derby's {@code jdbc:derby:testdb;user=Fred;password=...}), a PEM block showing a key file's shape
     * (Vert.x). A provider-issued key is live wherever it is, and is reported even there.
     */
    private static Set<Integer> javadocLines(JavaFile file) {
        Set<Integer> lines = new HashSet<>();
        for (JavadocComment comment : file.unit().getAllContainedComments().stream()
                .filter(JavadocComment.class::isInstance).map(JavadocComment.class::cast).toList()) {
            comment.getRange().ifPresent(range -> {
                for (int line = range.begin.line; line <= range.end.line; line++) {
                    lines.add(line);
                }
            });
        }
        return lines;
    }

    /** A secret found on a line (1-based) of a file. */
    private record Found(RepoFile file, int line, SecretPatterns.Match match) {
    }

    private static List<Found> scan(RepoFile file, String text) {
        List<Found> found = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        SecretPatterns.Text kind = file.isJava() ? SecretPatterns.Text.JAVA
                : isMessageBundle(file) ? SecretPatterns.Text.MESSAGE_BUNDLE : SecretPatterns.Text.CONFIGURATION;
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            if (line.length() <= SecretPatterns.MAX_LINE_LENGTH) {
                int lineNumber = index + 1;
                int next = index + 1;
                SecretPatterns.find(line, kind).stream()
                        .filter(match -> !match.kind().equals(SecretPatterns.PRIVATE_KEY)
                                || SecretPatterns.hasKeyMaterial(following(line, match, lines, next))
                                        && !elided(lines, next))
                        .forEach(match -> found.add(new Found(file, lineNumber, match)));
            }
        }
        return found;
    }

    /**
     * A key block whose body is cut with an ellipsis line before its END line ({@code ...}, {@code * ...}): an
     * excerpt that shows a key file's shape in documentation, not a key anyone could use.
     */
    private static boolean elided(String[] lines, int next) {
        for (int index = next; index < Math.min(lines.length, next + MAX_KEY_LINES); index++) {
            if (lines[index].contains("-----END")) {
                return false;
            }
            if (ELLIPSIS_LINE.matcher(lines[index]).matches()) {
                return true;
            }
        }
        return false;
    }

    /** What follows a private key header: the rest of its line and the next {@link #KEY_MATERIAL_LINES} lines. */
    private static String following(String line, SecretPatterns.Match header, String[] lines, int next) {
        StringBuilder after = new StringBuilder(line.substring(header.end()));
        for (int index = next; index < Math.min(lines.length, next + KEY_MATERIAL_LINES); index++) {
            after.append('\n').append(lines[index]);
        }
        return after.toString();
    }

    /**
     * A localisation bundle: a .properties file named with a locale ({@code labels_de.properties},
     * {@code messages_pt_BR.properties}) or as messages, strings or labels, or kept in an i18n / l10n directory.
     */
    static boolean isMessageBundle(RepoFile file) {
        return file.fileName().endsWith(".properties")
                && (MESSAGE_BUNDLE_NAME.matcher(file.fileName()).matches()
                        || MESSAGE_BUNDLE_DIRECTORY.matcher("/" + file.path()).find());
    }

    private static String message(SecretPatterns.Match match, FileKind role) {
        String what = match.kind().equals(SecretPatterns.PRIVATE_KEY)
                ? "A PEM private key block"
                : "A hardcoded " + match.kind() + " (" + match.masked() + ")";
        if (role.isTestSide()) {
            return what + " is in test code: a provider-issued key works against the live service wherever it is "
                    + "written, so revoke it if it is real, and have the test read its credentials from the "
                    + "environment or use the provider's documented example values.";
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
