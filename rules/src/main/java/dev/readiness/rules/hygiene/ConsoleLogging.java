package dev.readiness.rules.hygiene;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.JavaFile;
import java.util.Optional;
import java.util.Set;

/**
 * {@code System.out} / {@code System.err} printing and {@code Throwable.printStackTrace()} in production
 * code. Calls made directly in a {@code public static void main(String[])} method are allowed: command-line
 * programs print on purpose. A catch block whose only statement is {@code e.printStackTrace()} is left to
 * {@link SwallowedException}, which reports it with a more useful message.
 */
@RuleDefinition(
        id = "hygiene/console-logging",
        summary = "Production code writes to the console instead of a logger.",
        description = "Reports System.out / System.err print calls and Throwable.printStackTrace() in production code, "
                + "except directly inside a main method. Console output has no level, no timestamp and no "
                + "context, cannot be filtered or routed, and is invisible in most deployments.",
        level = Level.NOTE,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"hygiene", "logging", "maintainability", "ai-readiness"}
)
public final class ConsoleLogging implements JavaFileRule {

    private static final Set<String> PRINT_METHODS = Set.of("print", "println", "printf", "format", "write", "append");

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (MethodCallExpr call : file.unit().findAll(MethodCallExpr.class)) {
            Optional<String> what = consoleStream(call).map(stream -> "System." + stream + "." + call.getNameAsString()
                    + "()").or(() -> isReportablePrintStackTrace(call) ? Optional.of("printStackTrace()")
                    : Optional.empty());
            if (what.isPresent() && !isDirectlyInMain(call)) {
                sink.report(SourceLocations.of(file, call.getName()), message(what.get()));
            }
        }
    }

    private static String message(String what) {
        return "Production code calls " + what + ": use the project's logger (e.g. SLF4J "
                + (what.startsWith("printStackTrace") ? "log.error(\"what failed\", e)" : "log.info(...)")
                + ") so the output has a level and context and can be routed or silenced.";
    }

    /** "out" or "err" when {@code call} prints on System.out / System.err. */
    private static Optional<String> consoleStream(MethodCallExpr call) {
        if (!PRINT_METHODS.contains(call.getNameAsString()) || call.getScope().isEmpty()
                || !(call.getScope().get() instanceof FieldAccessExpr field)) {
            return Optional.empty();
        }
        String stream = field.getNameAsString();
        if (!stream.equals("out") && !stream.equals("err")) {
            return Optional.empty();
        }
        return isSystem(field.getScope()) ? Optional.of(stream) : Optional.empty();
    }

    private static boolean isSystem(Expression scope) {
        return (scope instanceof NameExpr name && name.getNameAsString().equals("System"))
                || scope.toString().equals("java.lang.System");
    }

    /** {@code x.printStackTrace()} with no arguments, unless it is a catch block's only statement. */
    private static boolean isReportablePrintStackTrace(MethodCallExpr call) {
        if (!call.getNameAsString().equals("printStackTrace") || !call.getArguments().isEmpty()
                || call.getScope().isEmpty()) {
            return false;
        }
        Optional<CatchClause> catchClause = call.getParentNode().filter(ExpressionStmt.class::isInstance)
                .flatMap(Node::getParentNode).flatMap(Node::getParentNode)
                .filter(CatchClause.class::isInstance).map(CatchClause.class::cast);
        return catchClause.flatMap(CatchBlocks::swallow)
                .filter(kind -> kind == CatchBlocks.Swallow.PRINT_STACK_TRACE_ONLY).isEmpty();
    }

    /** The nearest enclosing method or constructor is {@code public static void main(String[])}. */
    private static boolean isDirectlyInMain(Node node) {
        Optional<Node> parent = node.getParentNode();
        while (parent.isPresent() && !(parent.get() instanceof CallableDeclaration<?>)) {
            parent = parent.get().getParentNode();
        }
        return parent.filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
                .filter(ConsoleLogging::isMain).isPresent();
    }

    private static boolean isMain(MethodDeclaration method) {
        if (!method.getNameAsString().equals("main") || !method.isPublic() || !method.isStatic()
                || !method.getType().isVoidType() || method.getParameters().size() != 1) {
            return false;
        }
        var parameter = method.getParameter(0);
        String type = parameter.getType().asString().replaceAll("\\s+", "");
        return (parameter.isVarArgs() && (type.equals("String") || type.equals("java.lang.String")))
                || type.equals("String[]") || type.equals("java.lang.String[]");
    }
}
