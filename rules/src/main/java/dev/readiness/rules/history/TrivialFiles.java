package dev.readiness.rules.history;

import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.TypeInfo;
import java.util.Set;

/**
 * Java files that hold no knowledge worth an owner: package-info.java and module-info.java, files under
 * {@value #MIN_LINES_OF_CODE} lines of code, and files declaring only interfaces, enums and annotations without a
 * single statement ({@link FileLogic}). Files without parse facts (other languages, unparseable) are not trivial.
 */
final class TrivialFiles {

    static final int MIN_LINES_OF_CODE = 20;
    private static final Set<String> DECLARATION_FILES = Set.of("package-info.java", "module-info.java");
    private static final Set<TypeInfo.Kind> NAME_ONLY_KINDS = Set.of(TypeInfo.Kind.INTERFACE, TypeInfo.Kind.ENUM,
            TypeInfo.Kind.ANNOTATION);

    private TrivialFiles() {
    }

    static boolean isTrivial(RepositoryContext context, String path) {
        if (DECLARATION_FILES.contains(HistoryFiles.fileName(path))) {
            return true;
        }
        return context.sourceFacts().of(path).map(TrivialFiles::isTrivial).orElse(false);
    }

    private static boolean isTrivial(FileFacts facts) {
        if (facts.linesOfCode() < MIN_LINES_OF_CODE) {
            return true;
        }
        boolean declaresNamesOnly = !facts.types().isEmpty()
                && facts.types().stream().allMatch(type -> NAME_ONLY_KINDS.contains(type.kind()));
        return declaresNamesOnly && !facts.extracted(FileLogic.class).map(FileLogic::hasStatements).orElse(true);
    }
}
