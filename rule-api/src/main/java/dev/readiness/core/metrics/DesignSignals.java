package dev.readiness.core.metrics;

import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.MethodInfo;
import dev.readiness.core.source.TypeInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CodeScene biomarkers that code health does not charge for yet, measured so the backtest can check whether they
 * foretell fixes beyond size and changes (docs/validation.md): the functions in a file (methods and constructors
 * with a body), its complex conditionals, and how many of the parameters its own methods chose are primitives or
 * strings (primitive obsession; an override's parameters are its supertype's choice).
 */
public record DesignSignals(int functions, int complexConditionals, int parameters, int primitiveParameters,
                            int stringParameters) {

    /** A file whose facts are missing. */
    public static final DesignSignals NONE = new DesignSignals(0, 0, 0, 0, 0);

    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float",
            "double");

    public static DesignSignals of(FileFacts facts) {
        List<MethodInfo> functions = facts.types().stream().flatMap(type -> type.methods().stream())
                .filter(method -> method.metrics().hasBody()).toList();
        int complexConditionals = facts.types().stream()
                .flatMap(type -> Stream.concat(type.methods().stream(), type.nestedCode().stream()))
                .mapToInt(method -> method.metrics().complexConditionals()).sum();
        List<String> chosen = facts.types().stream().flatMap(DesignSignals::ownMethods)
                .flatMap(method -> parameterTypes(method.signature()).stream()).toList();
        return new DesignSignals(functions.size(), complexConditionals, chosen.size(),
                (int) chosen.stream().filter(PRIMITIVES::contains).count(),
                (int) chosen.stream().filter(type -> type.equals("String") || type.equals("java.lang.String")).count());
    }

    private static Stream<MethodInfo> ownMethods(TypeInfo type) {
        return type.methods().stream().filter(method -> method.constructor() || !method.metrics().isOverride());
    }

    /** The types of "name(A,B[],C)" as {@code Symbols.signature} writes them. */
    static List<String> parameterTypes(String signature) {
        int open = signature.indexOf('(');
        String list = signature.substring(open + 1, signature.lastIndexOf(')'));
        return list.isEmpty() ? List.of() : List.of(list.split(","));
    }
}
