package dev.readiness.core.graph;

import static dev.readiness.core.graph.ConventionalLayer.DOMAIN;
import static dev.readiness.core.graph.ConventionalLayer.PERSISTENCE;
import static dev.readiness.core.graph.ConventionalLayer.SERVICE;
import static dev.readiness.core.graph.ConventionalLayer.WEB;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The naming and annotation conventions that place a type in a {@link ConventionalLayer}: stereotype
 * annotations (Spring, JAX-RS, Micronaut, JPA), Spring Data supertypes, package segments and type name
 * suffixes. Annotations and supertypes are matched on the name the resolver gives: an unqualified name (no
 * import says where it comes from) matches by its simple name, a qualified one only when it is the known type.
 */
final class LayerConventions {

    private record Known(ConventionalLayer layer, Set<String> qualifiedNames) {
    }

    private static final Map<String, Known> ANNOTATIONS = Map.of(
            "Controller", new Known(WEB, Set.of("org.springframework.stereotype.Controller",
                    "io.micronaut.http.annotation.Controller")),
            "RestController", new Known(WEB, Set.of("org.springframework.web.bind.annotation.RestController")),
            "ControllerAdvice", new Known(WEB, Set.of("org.springframework.web.bind.annotation.ControllerAdvice")),
            "RestControllerAdvice", new Known(WEB,
                    Set.of("org.springframework.web.bind.annotation.RestControllerAdvice")),
            "Path", new Known(WEB, Set.of("javax.ws.rs.Path", "jakarta.ws.rs.Path")),
            "Service", new Known(SERVICE, Set.of("org.springframework.stereotype.Service")),
            "Repository", new Known(PERSISTENCE, Set.of("org.springframework.stereotype.Repository")),
            "Entity", new Known(DOMAIN, Set.of("javax.persistence.Entity", "jakarta.persistence.Entity")),
            "Embeddable", new Known(DOMAIN, Set.of("javax.persistence.Embeddable", "jakarta.persistence.Embeddable")),
            "MappedSuperclass", new Known(DOMAIN,
                    Set.of("javax.persistence.MappedSuperclass", "jakarta.persistence.MappedSuperclass")));

    private static final String SPRING_DATA = "org.springframework.data.";
    private static final Set<String> SPRING_DATA_REPOSITORIES = Set.of("Repository", "CrudRepository",
            "ListCrudRepository", "PagingAndSortingRepository", "ListPagingAndSortingRepository", "JpaRepository",
            "MongoRepository", "ReactiveCrudRepository", "ReactiveSortingRepository", "R2dbcRepository");

    private static final Map<String, ConventionalLayer> PACKAGE_SEGMENTS = Map.ofEntries(
            Map.entry("web", WEB), Map.entry("controller", WEB), Map.entry("controllers", WEB), Map.entry("rest", WEB),
            Map.entry("endpoint", WEB), Map.entry("endpoints", WEB), Map.entry("ui", WEB),
            Map.entry("service", SERVICE), Map.entry("services", SERVICE), Map.entry("application", SERVICE),
            Map.entry("usecase", SERVICE), Map.entry("usecases", SERVICE),
            Map.entry("repository", PERSISTENCE), Map.entry("repositories", PERSISTENCE),
            Map.entry("persistence", PERSISTENCE), Map.entry("dao", PERSISTENCE), Map.entry("jdbc", PERSISTENCE),
            Map.entry("jpa", PERSISTENCE),
            Map.entry("domain", DOMAIN), Map.entry("model", DOMAIN), Map.entry("entity", DOMAIN),
            Map.entry("entities", DOMAIN));

    /** Checked in order: the first suffix that ends the name (after any "Impl") wins. */
    private static final List<Map.Entry<String, ConventionalLayer>> NAME_SUFFIXES = List.of(
            Map.entry("Controller", WEB), Map.entry("Resource", WEB), Map.entry("Endpoint", WEB),
            Map.entry("Service", SERVICE), Map.entry("UseCase", SERVICE),
            Map.entry("Repository", PERSISTENCE), Map.entry("Dao", PERSISTENCE), Map.entry("DAO", PERSISTENCE));

    private LayerConventions() {
    }

    /** The layer of a stereotype annotation, given its simple name as written and its resolved name. */
    static Optional<ConventionalLayer> annotation(String simpleName, String resolvedName) {
        Known known = ANNOTATIONS.get(simpleName);
        if (known == null || !(resolvedName.equals(simpleName) || known.qualifiedNames().contains(resolvedName))) {
            return Optional.empty();
        }
        return Optional.of(known.layer());
    }

    /** Whether a supertype (simple name as written, resolved name) is a Spring Data repository interface. */
    static boolean isSpringDataRepository(String simpleName, String resolvedName) {
        return SPRING_DATA_REPOSITORIES.contains(simpleName)
                && (resolvedName.equals(simpleName) || resolvedName.startsWith(SPRING_DATA)
                        && resolvedName.endsWith("." + simpleName));
    }

    /**
     * The layer named by the package's segments, with the segment; empty when none names a layer or segments
     * name different layers ({@code web.service.invoker}: a web client, not a service layer).
     */
    static Optional<Map.Entry<String, ConventionalLayer>> packageSegment(String packageName) {
        List<Map.Entry<String, ConventionalLayer>> named = Arrays.stream(packageName.split("\\."))
                .filter(PACKAGE_SEGMENTS::containsKey).map(segment -> Map.entry(segment, PACKAGE_SEGMENTS.get(segment)))
                .toList();
        boolean oneLayer = named.stream().map(Map.Entry::getValue).distinct().count() == 1;
        return oneLayer ? Optional.of(named.get(named.size() - 1)) : Optional.empty();
    }

    /** The layer named by the type name's suffix ({@code OrderService}, {@code OrderServiceImpl}), with the suffix. */
    static Optional<Map.Entry<String, ConventionalLayer>> nameSuffix(String simpleName) {
        String name = simpleName.endsWith("Impl") ? simpleName.substring(0, simpleName.length() - 4) : simpleName;
        return NAME_SUFFIXES.stream().filter(suffix -> name.endsWith(suffix.getKey())).findFirst();
    }
}
