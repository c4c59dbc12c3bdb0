package dev.readiness.core.modules;

import java.util.List;
import java.util.Map;

/** What a pom.xml says about coordinates, packaging and dependencies, as written (properties not yet resolved). */
record MavenPom(String path, String groupId, String artifactId, String packaging, String parentGroupId,
                String parentArtifactId, Map<String, String> properties, List<Dependency> dependencies) {

    /** A {@code <dependency>} outside dependencyManagement and plugins, at the line of its start tag. */
    record Dependency(String groupId, String artifactId, String scope, boolean optional, int line) {
    }

    MavenPom {
        properties = Map.copyOf(properties);
        dependencies = List.copyOf(dependencies);
    }

    String effectiveGroupId() {
        return groupId.isEmpty() ? parentGroupId : groupId;
    }
}
