package dev.readiness.rules.history;

import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.readiness.core.rule.FactExtractor;
import dev.readiness.core.source.JavaFile;

/**
 * Whether a Java file holds a statement anywhere: in a method, default method, constructor, initializer, lambda,
 * enum constant body or anonymous class. An interface or enum without one declares names, not behaviour.
 */
public record FileLogic(boolean hasStatements) {

    /** Takes it from the parse tree. */
    public static final class Extractor implements FactExtractor<FileLogic> {

        @Override
        public Class<FileLogic> type() {
            return FileLogic.class;
        }

        @Override
        public FileLogic extract(JavaFile file) {
            return new FileLogic(file.unit().findFirst(Statement.class,
                    statement -> !(statement instanceof BlockStmt) && !(statement instanceof EmptyStmt)).isPresent());
        }
    }
}
