package dev.readiness.rules.hygiene;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ThrowStmt;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code catch (Exception | Throwable | RuntimeException e)} in production code that handles everything the
 * same way instead of rethrowing. Not reported: blocks that throw (rethrow or wrap) or let the exception escape
 * as a value (returned, stored, handed on: {@link CatchBlocks#letsEscape}), blocks that swallow the exception
 * ({@link SwallowedException} reports those), catches the callees force ({@link ForcedCatches}), the catch-all
 * boundary of a thread or program: a {@code main(String[])} method or a no-argument {@code run()} method, where
 * letting the exception escape would kill the thread or program; and blocks whose comment says why catching
 * everything is right.
 */
@RuleDefinition(
        id = "hygiene/broad-catch",
        summary = "Catch block catches Exception / Throwable and handles it generically.",
        description = "Reports catch blocks in production code that catch Exception, Throwable or RuntimeException and "
                + "neither rethrow nor pass the exception on, where the called code does not force the broad "
                + "catch. Such a block also catches programming errors (NullPointerException, "
                + "IllegalStateException) and treats them like the expected failure, so bugs an agent introduces "
                + "are logged or turned into a default value instead of failing a test.",
        level = Level.NOTE,
        precision = Precision.MEDIUM,
        scope = FileKind.PRODUCTION,
        tags = {"hygiene", "error-handling", "reliability", "ai-readiness"}
)
public final class BroadCatch implements JavaFileRule {

    private static final Set<String> BROAD_TYPES = Set.of("Exception", "Throwable", "RuntimeException",
            "java.lang.Exception", "java.lang.Throwable", "java.lang.RuntimeException");

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (CatchClause clause : file.unit().findAll(CatchClause.class)) {
            Optional<String> broad = broadType(clause);
            if (broad.isPresent() && !rethrows(clause) && !CatchBlocks.letsEscape(clause)
                    && CatchBlocks.swallow(clause).isEmpty() && !CatchBlocks.isDeliberatelyIgnored(clause)
                    && !CatchBlocks.isExplained(clause) && !ForcedCatches.isForced(clause)
                    && !isThreadOrProgramBoundary(clause)) {
                sink.report(SourceLocations.ofName(file, clause.getParameter()), "Catch block catches "
                        + broad.get() + " and handles every failure the same way, including programming errors: "
                        + "catch the specific exceptions the try block throws, or rethrow what you cannot handle.");
            }
        }
    }

    private static Optional<String> broadType(CatchClause clause) {
        Type type = clause.getParameter().getType();
        List<Type> caught = type instanceof UnionType union ? List.copyOf(union.getElements()) : List.of(type);
        return caught.stream().map(Type::asString).filter(BROAD_TYPES::contains).findFirst();
    }

    /** Any throw statement in the block: rethrowing, wrapping, or throwing after a specific check. */
    private static boolean rethrows(CatchClause clause) {
        return !clause.getBody().findAll(ThrowStmt.class).isEmpty();
    }

    private static boolean isThreadOrProgramBoundary(Node node) {
        Optional<Node> parent = node.getParentNode();
        while (parent.isPresent() && !(parent.get() instanceof CallableDeclaration<?>)) {
            parent = parent.get().getParentNode();
        }
        return parent.filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
                .filter(method -> (method.getNameAsString().equals("run") && method.getParameters().isEmpty())
                        || (method.getNameAsString().equals("main") && method.isStatic()
                        && method.getParameters().size() == 1))
                .isPresent();
    }
}
