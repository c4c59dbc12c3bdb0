package dev.readiness.core.engine;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FactExtractor;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.rule.RepositoryRule;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.JavaFile;
import java.util.List;

/** A repository rule that reads per-file facts its own extractor took from the trees: the methods of each file. */
@RuleDefinition(id = "custom/method-count", summary = "Counts methods.",
        description = "Reports the methods of every production file from facts taken while parsing; a test fixture.",
        level = Level.NOTE, precision = Precision.HIGH, scope = FileKind.PRODUCTION,
        facts = MethodCountRule.Methods.Extractor.class)
final class MethodCountRule implements RepositoryRule {

    /** The method names of one file, in source order. */
    record Methods(List<String> names) {

        static final class Extractor implements FactExtractor<Methods> {
            @Override
            public Class<Methods> type() {
                return Methods.class;
            }

            @Override
            public Methods extract(JavaFile file) {
                List<String> names = file.unit().findAll(MethodDeclaration.class).stream()
                        .map(MethodDeclaration::getNameAsString).toList();
                return names.isEmpty() ? null : new Methods(names);
            }
        }
    }

    @Override
    public void check(RepositoryContext context, FindingSink sink) {
        for (FileFacts facts : context.sourceFacts().all()) {
            facts.extracted(Methods.class).ifPresent(methods -> sink.report(Location.ofLine(facts.path(), 1),
                    "methods " + String.join(", ", methods.names())));
        }
    }
}
