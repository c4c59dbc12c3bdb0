package dev.readiness.core.rule;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.source.JavaFile;

/** A third-party-style rule used to prove discovery through the rule index; reports classes named Todo. */
@RuleDefinition(id = "custom/todo-comment", summary = "Class named Todo.",
        description = "Reports classes named Todo; a test fixture for rule discovery.", level = Level.NOTE,
        precision = Precision.VERY_HIGH, scope = FileKind.PRODUCTION, tags = "custom")
public final class TodoClassRule implements JavaFileRule {

    @Override
    public void check(JavaFile file, FindingSink sink) {
        file.unit().findAll(ClassOrInterfaceDeclaration.class).stream()
                .filter(type -> type.getNameAsString().equals("Todo"))
                .forEach(type -> sink.report(SourceLocations.ofName(file, type), "Class 'Todo' found."));
    }
}
