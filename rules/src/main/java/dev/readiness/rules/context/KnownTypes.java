package dev.readiness.rules.context;

import dev.readiness.core.rule.RepositoryContext;
import dev.readiness.core.source.DependencyFacts;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.TypeInfo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Type names a document may mention without being stale: types the repository declares, types its code
 * imports or refers to (libraries it uses), common JDK types and well-known product names written in
 * CamelCase.
 */
final class KnownTypes {

    private static final List<String> JDK_PACKAGES = List.of("java.lang.", "java.util.", "java.util.function.",
            "java.util.stream.", "java.util.concurrent.", "java.io.", "java.nio.file.", "java.time.", "java.net.",
            "java.sql.", "java.math.", "java.lang.reflect.", "java.nio.charset.");
    private static final Set<String> PRODUCT_NAMES = Set.of("GitHub", "GitLab", "JavaScript", "TypeScript",
            "IntelliJ", "PostgreSql", "PostgreSQL", "MySql", "MariaDb", "MongoDb", "SonarQube", "SonarCloud",
            "ArchUnit", "JavaParser", "JaCoCo", "SpotBugs", "ErrorProne", "OpenApi", "VsCode", "WebStorm", "NetBeans",
            "CircleCi", "TeamCity", "BitBucket", "Bitbucket", "DockerHub", "JetBrains", "PowerShell", "WireMock",
            "TestContainers", "MapStruct", "SpringBoot", "OpenJdk", "AssertJ", "PiTest", "CodeScene", "GraalVm",
            "RabbitMq", "ActiveMq", "DynamoDb", "CloudFormation", "CloudWatch", "OpenTelemetry", "LaunchDarkly");

    private final Set<String> names = new TreeSet<>();
    private boolean hasSources;

    private KnownTypes() {
    }

    static KnownTypes of(RepositoryContext context) {
        KnownTypes known = new KnownTypes();
        known.hasSources = !context.sourceFacts().all().isEmpty();
        context.typeIndex().all().stream().map(TypeInfo::simpleName).forEach(known.names::add);
        for (FileFacts facts : context.sourceFacts().all()) {
            facts.dependencies().imports().forEach(i -> known.names.add(simpleName(i.name())));
            for (DependencyFacts.TypeDependencies type : facts.dependencies().types()) {
                type.references().forEach(reference -> known.names.add(simpleName(reference.name())));
            }
        }
        return known;
    }

    /** Whether the repository has Java sources at all (else no type name can be judged). */
    boolean hasSources() {
        return hasSources;
    }

    boolean knows(String simpleName) {
        return names.contains(simpleName) || PRODUCT_NAMES.contains(simpleName) || isJdkType(simpleName);
    }

    private static boolean isJdkType(String simpleName) {
        return JDK_PACKAGES.stream().anyMatch(prefix -> {
            try {
                Class.forName(prefix + simpleName, false, KnownTypes.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        });
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
