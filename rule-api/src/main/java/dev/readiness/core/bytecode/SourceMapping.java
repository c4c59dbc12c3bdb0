package dev.readiness.core.bytecode;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeIndex;
import dev.readiness.core.source.TypeInfo;
import java.util.Optional;

/**
 * Maps compiled classes back to the repository's production sources: anonymous and local classes belong
 * to the named type around them, nested classes are named as in source ({@code Outer.Inner}), and a
 * class counts only when its top-level class is declared in a production file of the repository.
 */
final class SourceMapping {

    private final TypeIndex index;
    private final SourceFacts facts;

    SourceMapping(TypeIndex index, SourceFacts facts) {
        this.index = index;
        this.facts = facts;
    }

    /** The class whose source declaration holds {@code type}'s code. */
    static JavaClass namedClass(JavaClass type) {
        JavaClass named = type;
        while ((named.isAnonymousClass() || named.isLocalClass()) && named.getEnclosingClass().isPresent()) {
            named = named.getEnclosingClass().get();
        }
        return named;
    }

    /** The name as written in source: nested classes joined with '.', arrays by their element type. */
    static String sourceName(JavaClass type) {
        JavaClass element = type.isArray() ? type.getBaseComponentType() : type;
        return namedClass(element).getName().replace('$', '.');
    }

    /** The production declaration of {@code type}'s named class, empty when its source is not in the repository. */
    Optional<TypeInfo> declaration(JavaClass type) {
        String name = sourceName(type);
        int nested = name.indexOf('.', namedClass(type).getPackageName().length() + 1);
        String topLevel = nested < 0 ? name : name.substring(0, nested);
        Optional<TypeInfo> outer = index.find(topLevel).stream().filter(this::isProduction).findFirst();
        return outer.map(declared -> index.find(name).stream()
                .filter(candidate -> candidate.path().equals(declared.path())).findFirst().orElse(declared));
    }

    boolean isProduction(TypeInfo type) {
        return facts.of(type.path()).map(file -> !file.isTestCode()).orElse(false);
    }
}
