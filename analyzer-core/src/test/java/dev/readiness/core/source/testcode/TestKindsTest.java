package dev.readiness.core.source.testcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestKindsTest {

    /** The kind of the class named {@code typeName} in {@code source}, a file named {@code fileName}. */
    private static TestKind kindOf(String fileName, String source, String typeName) {
        CompilationUnit unit = StaticJavaParser.parse(source);
        TypeDeclaration<?> type = unit.findFirst(TypeDeclaration.class,
                candidate -> candidate.getNameAsString().equals(typeName)).orElseThrow();
        return TestKinds.ofClass(unit, fileName, type);
    }

    private static MethodDeclaration method(String body) {
        return StaticJavaParser.parse("class T { @Test void test() { " + body + " } }")
                .findFirst(MethodDeclaration.class).orElseThrow();
    }

    @Test
    void plainTestClassIsUnit() {
        assertThat(kindOf("OrderTest.java", """
                import org.junit.jupiter.api.Test;
                import org.mockito.Mockito;
                class OrderTest { @Test void totals() { } }
                """, "OrderTest")).isEqualTo(TestKind.UNIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OrderIT", "OrderITCase", "OrderIntegrationTest", "OrderIntegrationTests"})
    void integrationNamesMakeIntegrationTests(String name) {
        assertThat(kindOf(name + ".java", "class " + name + " { }", name)).isEqualTo(TestKind.INTEGRATION);
    }

    @Test
    void integrationFileNameCountsForEveryClassInTheFile() {
        assertThat(kindOf("OrderIT.java", "class Helpers { }", "Helpers")).isEqualTo(TestKind.INTEGRATION);
    }

    @Test
    void nameMerelyEndingInTestIsUnit() {
        assertThat(kindOf("AuditTest.java", "class AuditTest { }", "AuditTest")).isEqualTo(TestKind.UNIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@SpringBootTest", "@org.springframework.boot.test.context.SpringBootTest",
            "@SpringBootTest(webEnvironment = RANDOM_PORT)", "@Testcontainers", "@DataJpaTest", "@WebMvcTest(OrderController.class)",
            "@Tag(\"integration\")", "@Tag(\"slow-Integration\")"})
    void integrationAnnotationsMakeIntegrationTests(String annotation) {
        assertThat(kindOf("OrderTest.java", annotation + " class OrderTest { }", "OrderTest"))
                .isEqualTo(TestKind.INTEGRATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@Tag(\"fast\")", "@ExtendWith(MockitoExtension.class)", "@DisplayName(\"integration of parts\")"})
    void otherAnnotationsKeepUnitTests(String annotation) {
        assertThat(kindOf("OrderTest.java", annotation + " class OrderTest { }", "OrderTest")).isEqualTo(TestKind.UNIT);
    }

    @Test
    void containerFieldMakesIntegrationTest() {
        assertThat(kindOf("OrderTest.java", """
                class OrderTest {
                    @Container static PostgreSQLContainer<?> db = new PostgreSQLContainer<>("postgres:16");
                }
                """, "OrderTest")).isEqualTo(TestKind.INTEGRATION);
    }

    @Test
    void nestedClassInheritsItsEnclosingClassIntegrationAnnotation() {
        assertThat(kindOf("OrderTest.java", """
                @SpringBootTest
                class OrderTest {
                    @Nested class WhenEmpty { @Test void hasNoLines() { } }
                }
                """, "WhenEmpty")).isEqualTo(TestKind.INTEGRATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.testcontainers.containers.PostgreSQLContainer", "com.github.tomakehurst.wiremock.WireMockServer",
            "okhttp3.mockwebserver.MockWebServer", "org.springframework.kafka.test.context.EmbeddedKafka"})
    void integrationImportsMakeIntegrationTests(String imported) {
        assertThat(kindOf("OrderTest.java", "import " + imported + "; class OrderTest { }", "OrderTest"))
                .isEqualTo(TestKind.INTEGRATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.openqa.selenium.WebDriver", "com.microsoft.playwright.Page",
            "com.codeborne.selenide.Selenide", "io.restassured.RestAssured", "static io.restassured.RestAssured.given"})
    void browserAndRestAssuredImportsMakeEndToEndTests(String imported) {
        assertThat(kindOf("CheckoutTest.java", "import " + imported + "; class CheckoutTest { }", "CheckoutTest"))
                .isEqualTo(TestKind.END_TO_END);
    }

    @Test
    void endToEndImportWinsOverIntegrationSignals() {
        assertThat(kindOf("CheckoutIT.java", """
                import org.openqa.selenium.WebDriver;
                @SpringBootTest
                class CheckoutIT { }
                """, "CheckoutIT")).isEqualTo(TestKind.END_TO_END);
    }

    @Test
    void restAssuredMockMvcModuleIsNotEndToEnd() {
        assertThat(kindOf("OrderControllerTest.java", """
                import io.restassured.module.mockmvc.RestAssuredMockMvc;
                import static io.restassured.module.webtestclient.RestAssuredWebTestClient.given;
                class OrderControllerTest { }
                """, "OrderControllerTest")).isEqualTo(TestKind.UNIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Files.writeString(path, \"x\");", "var lines = Files.readAllLines(path);",
            "Path dir = Files.createTempDirectory(\"t\");", "new FileInputStream(file).close();",
            "try (var socket = new Socket(\"localhost\", 80)) { }", "new java.io.FileWriter(file);"})
    void realIoInAUnitTestMakesThatTestIntegration(String body) {
        assertThat(TestKinds.ofTest(TestKind.UNIT, method(body))).isEqualTo(TestKind.INTEGRATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cache.write(path, \"x\");", "Paths.get(\"a\").resolve(\"b\");", "new StringReader(\"x\");",
            "Files.exists(path);", "assertThat(order.total()).isEqualTo(2);"})
    void testWithoutRealIoStaysUnit(String body) {
        assertThat(TestKinds.ofTest(TestKind.UNIT, method(body))).isEqualTo(TestKind.UNIT);
    }

    @Test
    void integrationTagOnTheMethodMakesThatTestIntegration() {
        MethodDeclaration tagged = StaticJavaParser.parse("class T { @Tag(\"integration\") @Test void test() { } }")
                .findFirst(MethodDeclaration.class).orElseThrow();

        assertThat(TestKinds.ofTest(TestKind.UNIT, tagged)).isEqualTo(TestKind.INTEGRATION);
    }

    @Test
    void classKindAboveUnitIsKeptForEachTest() {
        MethodDeclaration plain = method("assertThat(1).isOne();");

        assertThat(TestKinds.ofTest(TestKind.INTEGRATION, plain)).isEqualTo(TestKind.INTEGRATION);
        assertThat(TestKinds.ofTest(TestKind.END_TO_END, method("Files.writeString(path, \"x\");")))
                .isEqualTo(TestKind.END_TO_END);
    }
}
