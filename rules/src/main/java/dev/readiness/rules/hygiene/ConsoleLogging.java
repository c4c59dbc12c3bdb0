package dev.readiness.rules.hygiene;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
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
import java.util.regex.Pattern;

/**
 * {@code System.out} / {@code System.err} printing and {@code Throwable.printStackTrace()} in production
 * code. Command-line programs print on purpose, so calls are allowed directly in a program entry point
 * ({@code static void main(String[])}, or {@code static void main()} as Java 25 allows), in the static helpers of
 * the class declaring it (usage, version, results), in picocli {@code @Command} classes, and in classes whose
 * name says they write to the console ({@code ConsoleReporter}, {@code DefaultMessageLogger}). A catch block whose
 * only statement is {@code e.printStackTrace()} is left to {@link SwallowedException}, which reports it with a
 * more useful message.
 */
@RuleDefinition(
        id = "hygiene/console-logging",
        summary = "Production code writes to the console instead of a logger.",
        description = "Reports System.out / System.err print calls and Throwable.printStackTrace() in production code, "
                + "except in command-line programs (a main method and the static helpers of its class, picocli "
                + "commands) and in classes whose name says they write to the console. Console output has no level, no timestamp and no "
                + "context, cannot be filtered or routed, and is invisible in most deployments.",
        level = Level.NOTE,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"hygiene", "logging", "maintainability", "ai-readiness"}
)
public final class ConsoleLogging implements JavaFileRule {

    private static final Set<String> PRINT_METHODS = Set.of("print", "println", "printf", "format", "write", "append");
    private static final Pattern CONSOLE_WRITER_NAME = Pattern.compile(".*Console.*|.*(Stdout|Stderr|Terminal).*|.*[a-z0-9](Logger|Log)");

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (MethodCallExpr call : file.unit().findAll(MethodCallExpr.class)) {
            Optional<String> what = consoleStream(call).map(stream -> "System." + stream + "." + call.getNameAsString()
                    + "()").or(() -> isReportablePrintStackTrace(call) ? Optional.of("printStackTrace()")
                    : Optional.empty());
            if (what.isPresent() && !isInCommandLineProgram(call) && !isInConsoleWriter(call)) {
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

    /**
     * The nearest enclosing method is a program entry point, or a static method of a class declaring one, or the
     * call is in a picocli {@code @Command} class: printing is what such code is for.
     */
    private static boolean isInCommandLineProgram(Node node) {
        Optional<CallableDeclaration<?>> callable = node.findAncestor(CallableDeclaration.class)
                .map(found -> (CallableDeclaration<?>) found);
        Optional<TypeDeclaration<?>> type = node.findAncestor(TypeDeclaration.class)
                .map(found -> (TypeDeclaration<?>) found);
        boolean staticHelperOfProgram = callable.filter(CallableDeclaration::isStatic).isPresent()
                && type.filter(declaring -> declaring.getMethods().stream().anyMatch(ConsoleLogging::isEntryPoint))
                        .isPresent();
        return callable.filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
                .filter(ConsoleLogging::isEntryPoint).isPresent()
                || staticHelperOfProgram
                || type.filter(declaring -> declaring.isAnnotationPresent("Command")
                        || declaring.isAnnotationPresent("picocli.CommandLine.Command")).isPresent();
    }

    /** A class named for console output ({@code ConsolePrinter}, {@code StdoutLogger}, {@code SystemStreamLog}). */
    private static boolean isInConsoleWriter(Node node) {
        return node.findAncestor(TypeDeclaration.class).map(type -> type.getNameAsString())
                .filter(name -> CONSOLE_WRITER_NAME.matcher(name).matches()).isPresent();
    }

    /** {@code static void main(String[])} or {@code static void main()} that is not private. */
    private static boolean isEntryPoint(MethodDeclaration method) {
        if (!method.getNameAsString().equals("main") || method.isPrivate() || !method.isStatic()
                || !method.getType().isVoidType() || method.getParameters().size() > 1) {
            return false;
        }
        if (method.getParameters().isEmpty()) {
            return true;
        }
        var parameter = method.getParameter(0);
        String type = parameter.getType().asString().replaceAll("\\s+", "");
        return (parameter.isVarArgs() && (type.equals("String") || type.equals("java.lang.String")))
                || type.equals("String[]") || type.equals("java.lang.String[]");
    }
}
