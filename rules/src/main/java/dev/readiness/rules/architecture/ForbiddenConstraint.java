package dev.readiness.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import dev.readiness.core.config.ArchitectureConfig;
import dev.readiness.core.config.ForbiddenDependency;
import dev.readiness.core.config.PackageGlobs;
import java.util.List;
import java.util.Optional;

/** Types in the {@code from} packages must not use types in the {@code to} packages (library packages too). */
final class ForbiddenConstraint implements ArchitectureConstraint {

    private final ForbiddenDependency forbidden;

    private ForbiddenConstraint(ForbiddenDependency forbidden) {
        this.forbidden = forbidden;
    }

    static List<ForbiddenConstraint> of(ArchitectureConfig config) {
        return config.forbidden().stream().map(ForbiddenConstraint::new).toList();
    }

    @Override
    public Optional<String> violation(TypeUse use) {
        if (!PackageGlobs.matchesAny(forbidden.from(), use.fromPackage())
                || !PackageGlobs.matchesAny(forbidden.to(), use.toPackage())) {
            return Optional.empty();
        }
        return Optional.of("Forbidden dependency from " + String.join(", ", forbidden.from()) + " to "
                + String.join(", ", forbidden.to()) + ": " + use.from() + " uses " + use.to()
                + (forbidden.reason().isBlank() ? "." : ". Reason: " + forbidden.reason()));
    }

    @Override
    public ArchRule archRule() {
        return noClasses().that().resideInAnyPackage(forbidden.from().toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.to().toArray(String[]::new))
                .allowEmptyShould(true);
    }
}
