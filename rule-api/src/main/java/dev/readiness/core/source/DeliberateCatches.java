package dev.readiness.core.source;

import com.github.javaparser.ast.stmt.CatchClause;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How code says that a catch block lets its exception go on purpose: a parameter named {@code ignored},
 * {@code ignore} or {@code _}, one named {@code expected}, or a comment in the block that gives a reason. Shared
 * by the rules that judge catch blocks in production and in test code, so both read the same signals; a test
 * rule reads {@code expected} as a promise to check the exception (try/fail/catch), not as a licence to drop it.
 */
public final class DeliberateCatches {

    /** Parameter names that declare the exception is ignored on purpose. */
    private static final Set<String> IGNORING_NAMES = Set.of("_", "ignore", "ignored");
    /**
     * A comment that only marks unfinished work ("TODO", Eclipse's "TODO Auto-generated catch block") does not
     * explain anything; any other comment with words does. Real code explains with reasons ("module not on the
     * classpath"), not keywords, so demanding words like "ignore" flagged too many documented decisions.
     */
    private static final Pattern NOT_AN_EXPLANATION = Pattern.compile(
            "^\\W*((todo|fixme|xxx)\\b.*|auto-generated catch block\\W*)?$", Pattern.DOTALL);

    private DeliberateCatches() {
    }

    /** Named {@code ignored} or {@code ignore} (or unnamed {@code _}): ignored on purpose. */
    public static boolean isNamedIgnored(CatchClause clause) {
        return IGNORING_NAMES.contains(parameterName(clause));
    }

    /** Named {@code expected}: the exception is the outcome the code waits for. */
    public static boolean isNamedExpected(CatchClause clause) {
        return parameterName(clause).equals("expected");
    }

    private static String parameterName(CatchClause clause) {
        return clause.getParameter().getNameAsString().toLowerCase(Locale.ROOT);
    }

    /** The block holds a comment that says something (not only a to-do marker): a documented decision. */
    public static boolean isExplained(CatchClause clause) {
        return clause.getBody().getAllContainedComments().stream()
                .anyMatch(comment -> isExplanation(comment.getContent()));
    }

    /** Whether a comment's text gives a reason rather than a to-do marker or nothing. */
    public static boolean isExplanation(String commentText) {
        return !NOT_AN_EXPLANATION.matcher(commentText.strip().toLowerCase(Locale.ROOT)).matches();
    }
}
