package dev.readiness.core.source.testcode;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells unit from integration and end-to-end tests by static signals.
 * <ul>
 * <li>End-to-end: the file imports a browser driver (Selenium {@code org.openqa.selenium}, Playwright
 * {@code com.microsoft.playwright}, Selenide) or REST-assured against a running application
 * ({@code io.restassured}, but not its MockMvc/WebTestClient modules).</li>
 * <li>Integration: the class (or an enclosing class) or file is named {@code *IT}, {@code *ITCase} or
 * {@code *IntegrationTest(s)}; carries {@code @SpringBootTest}, {@code @Testcontainers}, a Spring test
 * slice ({@code @DataJpaTest}, {@code @WebMvcTest}, {@code @JdbcTest} ...) or {@code @Tag("integration")};
 * has a {@code @Container} field; imports Testcontainers, an embedded server (WireMock, MockWebServer,
 * Jetty, Undertow, Tomcat, embedded Kafka/Mongo); or, for one test, its body does real file or socket I/O
 * ({@code Files.write/read...}, {@code new FileInputStream}, {@code new Socket} ...).</li>
 * <li>Unit: everything else.</li>
 * </ul>
 */
public final class TestKinds {

    private static final Pattern INTEGRATION_NAME = Pattern.compile(".*(IT|ITCase|IntegrationTests?)");
    private static final Set<String> INTEGRATION_ANNOTATIONS = Set.of("SpringBootTest", "Testcontainers",
            "DataJpaTest", "WebMvcTest", "WebFluxTest", "JdbcTest", "DataJdbcTest", "DataMongoTest", "JsonTest",
            "RestClientTest", "DataRedisTest", "EmbeddedKafka", "QuarkusTest", "MicronautTest", "AutoConfigureMockMvc");
    private static final List<String> END_TO_END_IMPORTS = List.of("org.openqa.selenium", "com.microsoft.playwright",
            "com.codeborne.selenide", "io.restassured");
    private static final List<String> NOT_END_TO_END_IMPORTS = List.of("io.restassured.module.mockmvc",
            "io.restassured.module.webtestclient");
    private static final List<String> INTEGRATION_IMPORTS = List.of("org.testcontainers", "com.github.tomakehurst.wiremock",
            "org.wiremock", "okhttp3.mockwebserver", "org.eclipse.jetty.server", "io.undertow",
            "org.apache.catalina.startup", "org.springframework.kafka.test", "de.flapdoodle.embed");
    private static final Set<String> FILE_IO_CALLS = Set.of("write", "writeString", "readString", "readAllLines",
            "readAllBytes", "createFile", "createDirectories", "createTempFile", "createTempDirectory", "newBufferedWriter",
            "newBufferedReader", "newInputStream", "newOutputStream", "lines");
    private static final Set<String> IO_TYPES = Set.of("FileInputStream", "FileOutputStream", "FileReader", "FileWriter",
            "RandomAccessFile", "Socket", "ServerSocket", "DatagramSocket");

    private TestKinds() {
    }

    /** The level of a whole test class, from its file's imports, its names and its annotations. */
    public static TestKind ofClass(CompilationUnit unit, String fileName, TypeDeclaration<?> type) {
        List<String> imports = unit.getImports().stream().map(ImportDeclaration::getNameAsString).toList();
        if (imports.stream().anyMatch(TestKinds::isEndToEndImport)) {
            return TestKind.END_TO_END;
        }
        boolean integration = INTEGRATION_NAME.matcher(fileName.replace(".java", "")).matches()
                || enclosingTypes(type).stream().anyMatch(TestKinds::isIntegrationType)
                || imports.stream().anyMatch(name -> INTEGRATION_IMPORTS.stream().anyMatch(name::startsWith));
        return integration ? TestKind.INTEGRATION : TestKind.UNIT;
    }

    /** The level of one test: its class's, raised to integration by real I/O in its body. */
    public static TestKind ofTest(TestKind classKind, Node method) {
        if (classKind != TestKind.UNIT) {
            return classKind;
        }
        boolean tagged = method instanceof NodeWithAnnotations<?> annotated && hasIntegrationTag(annotated);
        return tagged || doesRealIo(method) ? TestKind.INTEGRATION : TestKind.UNIT;
    }

    private static boolean isEndToEndImport(String name) {
        return END_TO_END_IMPORTS.stream().anyMatch(name::startsWith)
                && NOT_END_TO_END_IMPORTS.stream().noneMatch(name::startsWith);
    }

    private static List<TypeDeclaration<?>> enclosingTypes(TypeDeclaration<?> type) {
        java.util.ArrayList<TypeDeclaration<?>> types = new java.util.ArrayList<>();
        Node node = type;
        while (node != null) {
            if (node instanceof TypeDeclaration<?> declaration) {
                types.add(declaration);
            }
            node = node.getParentNode().orElse(null);
        }
        return types;
    }

    private static boolean isIntegrationType(TypeDeclaration<?> type) {
        return INTEGRATION_NAME.matcher(type.getNameAsString()).matches()
                || type.getAnnotations().stream().anyMatch(annotation -> INTEGRATION_ANNOTATIONS.contains(
                        simpleName(annotation.getNameAsString())))
                || hasIntegrationTag(type)
                || type.getFields().stream().anyMatch(TestKinds::isContainerField);
    }

    private static boolean isContainerField(FieldDeclaration field) {
        return field.getAnnotations().stream().anyMatch(annotation -> simpleName(annotation.getNameAsString())
                .equals("Container"));
    }

    private static boolean hasIntegrationTag(NodeWithAnnotations<?> node) {
        return node.getAnnotations().stream()
                .filter(annotation -> simpleName(annotation.getNameAsString()).equals("Tag"))
                .anyMatch(annotation -> annotation.toString().toLowerCase(java.util.Locale.ROOT).contains("integration"));
    }

    private static boolean doesRealIo(Node method) {
        boolean files = method.findAll(MethodCallExpr.class).stream()
                .anyMatch(call -> FILE_IO_CALLS.contains(call.getNameAsString())
                        && call.getScope().map(scope -> scope.toString().equals("Files")).orElse(false));
        return files || method.findAll(ObjectCreationExpr.class).stream()
                .anyMatch(creation -> IO_TYPES.contains(creation.getType().getNameAsString()));
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
