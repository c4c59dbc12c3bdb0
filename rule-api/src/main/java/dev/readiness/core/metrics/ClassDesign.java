package dev.readiness.core.metrics;

import dev.readiness.core.source.MethodInfo;
import dev.readiness.core.source.MethodMetrics;
import dev.readiness.core.source.TypeInfo;
import java.util.List;

/**
 * Brain methods, brain classes and god classes after Lanza and Marinescu, "Object-Oriented Metrics in
 * Practice" (Springer 2006), with their thresholds (VERY HIGH class WMC 47, VERY HIGH class size 195 lines,
 * TCC "half" and "one third", FEW = 5 foreign attributes). A class that is both a god class and a brain
 * class is judged a god class: the foreign data it pulls in is the bigger design problem.
 */
public final class ClassDesign {

    /** Brain method: longer than half of a HIGH class size (130 / 2 lines of code) ... */
    public static final int BRAIN_METHOD_LINES = 65;
    /** ... with a cyclomatic complexity at CodeScene's function warning ... */
    public static final int BRAIN_METHOD_CYCLOMATIC = 9;
    /** ... nested at least SEVERAL (3) levels deep. */
    public static final int BRAIN_METHOD_NESTING = 3;
    /** VERY HIGH weighted method count (sum of cyclomatic complexity) of a class. */
    public static final int WMC_VERY_HIGH = 47;
    /** VERY HIGH class size in lines of code. */
    public static final int LINES_VERY_HIGH = 195;
    /** Brain classes have a TCC below one half. */
    public static final double BRAIN_CLASS_TCC = 0.5;
    /** God classes have a TCC below one third. */
    public static final double GOD_CLASS_TCC = 1.0 / 3;
    /** God classes read more than FEW attributes of other classes. */
    public static final int GOD_CLASS_ATFD = 5;

    /** What a class is judged to be; NONE for anything that is not a plain class. */
    public enum Verdict { NONE, BRAIN_CLASS, GOD_CLASS }

    /** The measures behind a verdict, for messages and explanations. */
    public record Assessment(Verdict verdict, int linesOfCode, int weightedMethodCount, double tightClassCohesion,
                             int foreignData, List<MethodInfo> brainMethods) {

        public Assessment {
            brainMethods = List.copyOf(brainMethods);
        }
    }

    private ClassDesign() {
    }

    /**
     * Long, complex and deeply nested at once: the BRAIN_METHOD_* thresholds above (Lanza and Marinescu); a
     * method a tool generated is its generator's.
     */
    public static boolean isBrainMethod(MethodInfo method) {
        MethodMetrics metrics = method.metrics();
        return metrics.hasBody() && !metrics.isGenerated() && metrics.linesOfCode() > BRAIN_METHOD_LINES
                && metrics.cyclomaticComplexity() >= BRAIN_METHOD_CYCLOMATIC
                && metrics.maxNesting() >= BRAIN_METHOD_NESTING;
    }

    /** Weighted method count: the cyclomatic complexities of its methods and constructors with a body. */
    public static int weightedMethodCount(TypeInfo type) {
        return type.methods().stream().filter(method -> method.metrics().hasBody())
                .mapToInt(method -> method.metrics().cyclomaticComplexity()).sum();
    }

    /** The design metrics of {@code type} (size, WMC, cohesion, foreign data access) and the disharmonies they show. */
    public static Assessment assess(TypeInfo type) {
        int lines = type.design().linesOfCode();
        int wmc = weightedMethodCount(type);
        double tcc = ClassCohesion.tightClassCohesion(type);
        int atfd = type.design().foreignData().size();
        List<MethodInfo> brainMethods = type.methods().stream().filter(ClassDesign::isBrainMethod).toList();
        Verdict verdict = Verdict.NONE;
        if (type.kind() == TypeInfo.Kind.CLASS) {
            if (wmc >= WMC_VERY_HIGH && tcc < GOD_CLASS_TCC && atfd > GOD_CLASS_ATFD) {
                verdict = Verdict.GOD_CLASS;
            } else if (isBrainClass(lines, wmc, tcc, brainMethods.size())) {
                verdict = Verdict.BRAIN_CLASS;
            }
        }
        return new Assessment(verdict, lines, wmc, tcc, atfd, brainMethods);
    }

    /** Two brain methods in a very large class, or one in a class twice as large and twice as complex. */
    private static boolean isBrainClass(int lines, int wmc, double tcc, int brainMethods) {
        boolean large = brainMethods >= 2 && lines >= LINES_VERY_HIGH
                || brainMethods == 1 && lines >= 2 * LINES_VERY_HIGH && wmc >= 2 * WMC_VERY_HIGH;
        return large && wmc >= WMC_VERY_HIGH && tcc < BRAIN_CLASS_TCC;
    }
}
