package dev.readiness.rules.hygiene;

import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Catch blocks in non-test code that make the exception disappear: empty, holding only a comment that
 * does not explain why, or only calling {@code e.printStackTrace()}. A parameter named {@code ignored},
 * {@code ignore}, {@code expected} or {@code _} (or by a phrase saying why), or a comment that says something,
 * marks a deliberate decision and is not reported; so does an empty block whose try statement is followed by
 * a fallback ({@link CatchBlocks#swallow}).
 */
@RuleDefinition(
        id = "hygiene/swallowed-exception",
        summary = "Catch block swallows the exception.",
        description = "Reports catch blocks in production code that are empty, contain only an unexplained comment, or "
                + "only call printStackTrace() on the exception. The failure vanishes: callers carry on with "
                + "bad state and nobody, human or AI agent, can tell from logs or tests that it happened.",
        level = Level.WARNING,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"hygiene", "error-handling", "reliability", "ai-readiness"}
)
public final class SwallowedException implements JavaFileRule {

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (CatchClause clause : file.unit().findAll(CatchClause.class)) {
            Optional<CatchBlocks.Swallow> swallow = CatchBlocks.swallow(clause);
            swallow.ifPresent(kind -> sink.report(SourceLocations.ofName(file, clause.getParameter()),
                    message(clause, kind)));
        }
    }

    private static String message(CatchClause clause, CatchBlocks.Swallow kind) {
        Type type = clause.getParameter().getType();
        String caught = type instanceof UnionType union
                ? union.getElements().stream().map(Type::asString).collect(Collectors.joining(" | "))
                : type.asString();
        String how = switch (kind) {
            case EMPTY -> "is empty";
            case COMMENT_ONLY -> "holds only a to-do comment instead of a reason";
            case PRINT_STACK_TRACE_ONLY -> "only calls " + clause.getParameter().getNameAsString()
                    + ".printStackTrace()";
        };
        return "Catch block for " + caught + " " + how + ", so the failure is swallowed: rethrow it (wrapped with "
                + "context), handle it, or log it through the project's logger; if ignoring it is deliberate, name "
                + "the parameter 'ignored' and say why in a comment.";
    }
}
