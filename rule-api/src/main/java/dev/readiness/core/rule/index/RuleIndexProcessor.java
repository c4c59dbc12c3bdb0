package dev.readiness.core.rule.index;

import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@link RuleRegistry#INDEX}: the classes annotated with {@link RuleDefinition}, sorted, so adding a rule
 * needs no list kept by hand. Run by javac ({@code -processor}) when the rules are compiled; a class that cannot
 * be a rule is a compile error.
 */
@SupportedAnnotationTypes("dev.readiness.core.rule.RuleDefinition")
public final class RuleIndexProcessor extends AbstractProcessor {

    private final Set<String> ruleClasses = new TreeSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(RuleDefinition.class)) {
            if (isRuleClass(element)) {
                ruleClasses.add(processingEnv.getElementUtils().getBinaryName((TypeElement) element).toString());
            }
        }
        if (round.processingOver() && !ruleClasses.isEmpty()) {
            writeIndex();
        }
        return false;
    }

    private boolean isRuleClass(Element element) {
        String problem = null;
        if (element.getKind() != ElementKind.CLASS || element.getModifiers().contains(Modifier.ABSTRACT)) {
            problem = "@RuleDefinition belongs on a concrete class";
        } else if (((TypeElement) element).getNestingKind() == NestingKind.MEMBER
                && !element.getModifiers().contains(Modifier.STATIC)) {
            problem = "a rule nested in another class must be static";
        } else if (!implementsRule(element.asType())) {
            problem = "a rule implements dev.readiness.core.rule.JavaFileRule or RepositoryRule";
        }
        if (problem != null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, problem, element);
        }
        return problem == null;
    }

    private boolean implementsRule(TypeMirror type) {
        TypeMirror rule = processingEnv.getTypeUtils().erasure(processingEnv.getElementUtils()
                .getTypeElement("dev.readiness.core.rule.Rule").asType());
        return processingEnv.getTypeUtils().isAssignable(processingEnv.getTypeUtils().erasure(type), rule);
    }

    private void writeIndex() {
        try {
            FileObject index = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    RuleRegistry.INDEX);
            try (Writer writer = index.openWriter()) {
                writer.write("# Written by " + RuleIndexProcessor.class.getSimpleName() + " from @RuleDefinition\n");
                for (String name : ruleClasses) {
                    writer.write(name + "\n");
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + RuleRegistry.INDEX
                    + ": " + e.getMessage());
        }
    }
}
