package dev.readiness.core.config;

import java.util.List;

/**
 * A layer: its name, the packages that belong to it as ArchUnit package globs ({@code ..web..},
 * {@code com.acme.service..}) and its access constraints, each naming other layers. A null constraint
 * is absent; an empty {@code mayOnlyBeAccessedBy} means no other layer may use this one, an empty
 * {@code mayOnlyAccess} that this layer may use no other.
 */
public record Layer(String name, List<String> packages, List<String> mayOnlyBeAccessedBy,
                    List<String> mayNotBeAccessedBy, List<String> mayOnlyAccess, List<String> mayNotAccess) {

    public Layer {
        packages = List.copyOf(packages);
        mayOnlyBeAccessedBy = copyOrNull(mayOnlyBeAccessedBy);
        mayNotBeAccessedBy = copyOrNull(mayNotBeAccessedBy);
        mayOnlyAccess = copyOrNull(mayOnlyAccess);
        mayNotAccess = copyOrNull(mayNotAccess);
    }

    private static List<String> copyOrNull(List<String> names) {
        return names == null ? null : List.copyOf(names);
    }
}
