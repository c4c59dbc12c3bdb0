package dev.readiness.rules.testing;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.SourceLocations;
import dev.readiness.core.source.DeliberateCatches;
import dev.readiness.core.source.JavaFile;
import dev.readiness.core.source.testcode.Oracles;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A catch block in a test method that lets the exception go: empty, or only printing or logging it. The test then
 * passes whether the code under test throws or not. The expected-exception idiom
 * {@code try { call(); fail(); } catch (X e) { }} is fine (also with AssertJ's
 * {@code failBecauseExceptionWasNotThrown}), and so is a catch that says it ignores the exception on purpose (a
 * parameter named {@code ignored}, a comment giving the reason) and clean-up in a {@code finally} block. A
 * parameter named {@code expected} without the fail is still reported: the test promises a check it never makes.
 * tsDetect's "Exception Catching", narrowed to catches that neither fail, assert, rethrow nor record anything.
 */
@RuleDefinition(
        id = "testing/exception-swallowing-test",
        summary = "Test catches an exception and ignores it.",
        description = "Reports catch blocks in test methods that are empty or only print or log the exception, "
                + "unless the try block ends with fail(...) (the expected-exception idiom) or the catch says why it "
                + "lets the exception go (a parameter named ignored, a comment giving the reason). The test passes "
                + "whether or not the code under test throws, so it cannot catch the regression it was written for.",
        level = Level.WARNING,
        precision = Precision.HIGH,
        scope = FileKind.TEST,
        tags = {"testing", "test-smell", "error-handling", "ai-readiness"}
)
public final class ExceptionSwallowingTest implements JavaFileRule {

    private static final Set<String> LOG_METHODS = Set.of("trace", "debug", "info", "warn", "warning", "error",
            "fatal", "log", "severe", "fine", "finer", "finest");
    private static final Set<String> PRINT_METHODS = Set.of("print", "println", "printf", "format");

    @Override
    public void check(JavaFile file, FindingSink sink) {
        for (MethodDeclaration test : TestCode.testMethods(file)) {
            for (TryStmt tryStmt : test.findAll(TryStmt.class)) {
                if (endsWithFail(tryStmt) || TestCode.inNestedCode(tryStmt, test) || TestCode.inFinally(tryStmt, test)) {
                    continue;
                }
                tryStmt.getCatchClauses().stream().filter(ExceptionSwallowingTest::swallows)
                        .forEach(clause -> sink.report(SourceLocations.ofName(file, clause.getParameter()),
                                message(clause, test)));
            }
        }
    }

    /** {@code try { call(); fail("expected ..."); }}: the catch block is where the test succeeds. */
    private static boolean endsWithFail(TryStmt tryStmt) {
        List<Statement> statements = tryStmt.getTryBlock().getStatements();
        return !statements.isEmpty() && statements.get(statements.size() - 1) instanceof ExpressionStmt last
                && last.getExpression() instanceof MethodCallExpr call && Oracles.isFail(call);
    }

    /** Empty, or nothing but printing and logging, and not ignored on purpose. */
    static boolean swallows(CatchClause clause) {
        if (DeliberateCatches.isNamedIgnored(clause) || DeliberateCatches.isExplained(clause)) {
            return false;
        }
        return clause.getBody().getStatements().stream().allMatch(ExceptionSwallowingTest::isOnlyOutput);
    }

    private static boolean isOnlyOutput(Statement statement) {
        if (!(statement instanceof ExpressionStmt expression) || !(expression.getExpression() instanceof MethodCallExpr call)) {
            return false;
        }
        String name = call.getNameAsString();
        String scope = call.getScope().map(Object::toString).orElse("");
        return name.equals("printStackTrace")
                || PRINT_METHODS.contains(name) && (scope.equals("System.out") || scope.equals("System.err"))
                || LOG_METHODS.contains(name) && scope.toLowerCase(Locale.ROOT).contains("log");
    }

    private static String message(CatchClause clause, MethodDeclaration test) {
        String how = clause.getBody().getStatements().isEmpty() ? "is empty" : "only prints or logs the exception";
        return "The catch block for " + clause.getParameter().getType() + " in test " + test.getNameAsString() + " "
                + how + ", so the test passes whether or not the exception is thrown. Let it propagate (declare "
                + "throws), assert it with assertThrows / assertThatThrownBy, or fail in the catch block.";
    }
}
