package dev.readiness.core.rule;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import dev.readiness.core.source.JavaFile;

/** A third-party-style rule used to prove ServiceLoader discovery; reports classes named Todo. */
public final class TodoClassRule implements JavaFileRule {

    private static final RuleMetadata METADATA = RuleMetadata.builder("custom/todo-comment", TodoClassRule.class)
            .name("TodoClass")
            .shortDescription("Class named Todo.")
            .fullDescription("Reports classes named Todo; a test fixture for rule discovery.")
            .defaultLevel(Level.NOTE)
            .precision(Precision.VERY_HIGH)
            .tags("custom")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(JavaFile file, FindingSink sink) {
        file.unit().findAll(ClassOrInterfaceDeclaration.class).stream()
                .filter(type -> type.getNameAsString().equals("Todo"))
                .forEach(type -> sink.report(SourceLocations.ofName(file, type), "Class 'Todo' found."));
    }
}
