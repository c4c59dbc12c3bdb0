package dev.readiness.core.portfolio;

import java.util.Comparator;

/**
 * What tells one repository from another in the scan reports: the scanned directory's name and the subdirectory the
 * scan was restricted to ({@code target.name}, {@code target.scope}). Reports carry no remote URL, so two
 * repositories checked out under the same directory name count as one; a CI matrix checks each one out into a
 * directory named after it.
 */
public record RepositoryKey(String name, String scope) implements Comparable<RepositoryKey> {

    private static final Comparator<RepositoryKey> ORDER = Comparator.comparing(RepositoryKey::name)
            .thenComparing(RepositoryKey::scope);

    public RepositoryKey {
        scope = scope == null ? "" : scope;
    }

    /** "shop", or "api (scope services/api)" when the scan was restricted to a subdirectory, as the text report says. */
    public String label() {
        return scope.isEmpty() ? name : name + " (scope " + scope + ")";
    }

    @Override
    public int compareTo(RepositoryKey other) {
        return ORDER.compare(this, other);
    }
}
