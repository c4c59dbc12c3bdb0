package dev.readiness.core.source;

import com.github.javaparser.ast.CompilationUnit;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;

/** A parsed Java file as rules see it: the file, its decoded text, its JavaParser tree and its lines of code. */
public record JavaFile(RepoFile file, String text, CompilationUnit unit, CodeLines codeLines) {

    public String path() {
        return file.path();
    }

    public boolean isTest() {
        return file.kind() == FileKind.TEST;
    }

    public boolean isProduction() {
        return file.kind() == FileKind.PRODUCTION;
    }

    /** The declared package, "" for the default package. */
    public String packageName() {
        return unit.getPackageDeclaration().map(declaration -> declaration.getNameAsString()).orElse("");
    }
}
