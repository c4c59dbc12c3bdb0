package dev.readiness.core.source.metrics;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finding the methods, constructors and lambdas that modularity rules and code health measure. */
public final class Callables {

    /** What {@link #measured} covers beyond members, for rule descriptions. */
    public static final String MEASURED_OUTSIDE_METHODS = "Code that no method encloses (methods of enum constant "
            + "bodies, lambdas and anonymous classes in field initialisers) is measured by itself, named after its "
            + "holder (e.g. 'PLUS.apply', 'RULES$lambda'); code annotated @Generated is left to its generator.";

    private static final Pattern NUMBERED = Pattern.compile("([A-Za-z_$]+)(\\d{1,9})");
    /** Shortest numbered run that stands for a list rather than a pair. */
    private static final int MIN_RUN = 3;

    private Callables() {
    }

    /**
     * The code measured on its own, in source order: methods and constructors with a body, and lambdas, that
     * are not inside another method, constructor or lambda. Code of anonymous and local classes and lambdas
     * counts toward the method around it, so it is not measured twice; where no method is around it (an enum
     * constant's body, a field's initialiser), it is measured by itself. Code a tool wrote ({@link #isGenerated})
     * is left to that tool.
     */
    public static List<CodeUnit> measured(CompilationUnit unit) {
        List<CodeUnit> result = new ArrayList<>();
        unit.walk(node -> {
            if (node instanceof CallableDeclaration<?> callable && body(callable).isPresent()
                    && !insideAnotherUnit(callable) && !isGenerated(callable)) {
                result.add(CodeUnit.of(callable));
            } else if (node instanceof LambdaExpr lambda && !insideAnotherUnit(lambda) && !isGenerated(lambda)) {
                result.add(CodeUnit.of(lambda));
            }
        });
        // the tree lists an enum's members before its constants: sort into the order of the text
        result.sort(Comparator.comparing(measured -> measured.declaration().getBegin().orElse(Position.HOME)));
        return result;
    }

    public static Optional<BlockStmt> body(CallableDeclaration<?> callable) {
        if (callable instanceof MethodDeclaration method) {
            return method.getBody();
        }
        return callable instanceof ConstructorDeclaration constructor ? Optional.of(constructor.getBody())
                : Optional.empty();
    }

    /** "Method 'name'" or "Constructor 'Type'", for messages. */
    public static String describe(CallableDeclaration<?> callable) {
        return (callable instanceof ConstructorDeclaration ? "Constructor '" : "Method '")
                + callable.getNameAsString() + "'";
    }

    /**
     * Whether {@code node} is, or is inside, a declaration annotated {@code @Generated} (javax, jakarta, Lombok
     * or a project's own): code a generator wrote and rewrites, which nobody edits by hand.
     */
    public static boolean isGenerated(Node node) {
        for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
            if (current instanceof NodeWithAnnotations<?> annotated && annotated.getAnnotations().stream()
                    .anyMatch(annotation -> annotation.getName().getIdentifier().equals("Generated"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parameters as a caller fills them in: a run of {@value #MIN_RUN} or more adjacent parameters of one type
     * named by one stem and consecutive numbers ({@code Object p0, Object p1, Object p2}) counts once, as the
     * varargs it stands for (overloads that spare a logging call the varargs array), so only the parameters
     * that can be mixed up count. Pairs such as {@code x1, x2} and interleavings such as
     * {@code x1, y1, x2, y2} count in full: their order can be mixed up.
     */
    public static int countedParameters(List<Parameter> parameters) {
        int count = 0;
        int run = 1;
        for (int i = 1; i <= parameters.size(); i++) {
            if (i < parameters.size() && continuesRun(parameters.get(i - 1), parameters.get(i))) {
                run++;
            } else {
                count += run >= MIN_RUN ? 1 : run;
                run = 1;
            }
        }
        return parameters.isEmpty() ? 0 : count;
    }

    /** {@code next} is {@code previous}'s numbered successor: same type, same stem, number one higher. */
    private static boolean continuesRun(Parameter previous, Parameter next) {
        Matcher before = NUMBERED.matcher(previous.getNameAsString());
        Matcher after = NUMBERED.matcher(next.getNameAsString());
        return before.matches() && after.matches() && before.group(1).equals(after.group(1))
                && previous.getType().equals(next.getType()) && !previous.isVarArgs()
                && Long.parseLong(after.group(2)) == Long.parseLong(before.group(2)) + 1;
    }

    private static boolean insideAnotherUnit(Node node) {
        Optional<Node> parent = node.getParentNode();
        while (parent.isPresent()) {
            if (parent.get() instanceof CallableDeclaration<?> || parent.get() instanceof LambdaExpr) {
                return true;
            }
            parent = parent.get().getParentNode();
        }
        return false;
    }
}
