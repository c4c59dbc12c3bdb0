package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.SampleRepository;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code readiness mcp} as an agent's client sees it: a real subprocess driven over stdio by the official MCP Java
 * SDK's client, on a materialised legacy-shop, its answers checked against the JSON report of the same scan.
 */
class McpServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDER_SERVICE = "src/main/java/com/example/shop/service/OrderService.java";

    @TempDir
    static Path work;
    private static Path repository;
    private static JsonNode report;
    private static McpSyncClient client;

    @BeforeAll
    static void startTheServer() throws IOException {
        repository = SampleRepository.materialize("legacy-shop", work.resolve("legacy-shop"));
        // with the rules below the precision bar, so that the planted deep nesting is a finding
        CliRun scan = CliRun.of("scan", repository.toString(), "--format", "json", "--no-cache", "--quiet",
                "--unproven-rules");
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        report = JSON.readTree(scan.out());
        client = McpClients.started(repository, JSON, "--no-cache", "--unproven-rules");
    }

    @AfterAll
    static void stopTheServer() {
        if (client != null) {
            client.closeGracefully();
        }
    }

    private static JsonNode call(String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        assertThat(result.isError()).as(String.valueOf(result.content())).isFalse();
        return JSON.valueToTree(result.structuredContent());
    }

    @Test
    void listsItsToolsAndTheirInputSchemas() {
        List<McpSchema.Tool> tools = client.listTools().tools();

        assertThat(tools).extracting(McpSchema.Tool::name).containsExactly("readiness_summary", "file_briefing",
                "check_change", "explain_rule", "list_findings");
        assertThat(tools).filteredOn(tool -> tool.name().equals("file_briefing")).singleElement()
                .satisfies(tool -> assertThat(JSON.valueToTree(tool.inputSchema()).get("required"))
                        .extracting(JsonNode::asText).containsExactly("path"));
    }

    @Test
    void offersTheJsonReportAndEachRulesHelpAsResources() {
        List<String> uris = client.listResources().resources().stream().map(McpSchema.Resource::uri).toList();
        McpSchema.ReadResourceResult help = client.readResource(new McpSchema.ReadResourceRequest(
                "readiness://rules/modularity/deep-nesting"));
        McpSchema.ReadResourceResult json = client.readResource(new McpSchema.ReadResourceRequest(
                "readiness://report.json"));

        assertThat(uris).contains("readiness://report.json", "readiness://rules/modularity/deep-nesting");
        assertThat(help.contents()).singleElement().extracting(content -> ((McpSchema.TextResourceContents) content)
                .text()).asString().startsWith("# Deep nesting");
        assertThat(json.contents()).singleElement().extracting(content -> ((McpSchema.TextResourceContents) content)
                .text()).asString().contains("\"overall\": " + report.at("/score/overall").asText());
    }

    @Test
    void theSummaryAndTheFindingsAreThoseOfTheJsonReport() {
        JsonNode summary = call("readiness_summary", Map.of());
        JsonNode findings = call("list_findings", Map.of("limit", 5));

        assertThat(summary.get("score").asDouble()).isEqualTo(report.at("/score/overall").asDouble());
        assertThat(summary.get("level").asText()).isEqualTo(report.at("/score/level").asText());
        assertThat(summary.get("topActions")).hasSameSizeAs(report.at("/plan/steps"));
        assertThat(findings.get("total").asInt()).isEqualTo(report.at("/summary/total").asInt());
        assertThat(findings.get("findings")).hasSize(Math.min(5, report.at("/summary/total").asInt()))
                .allSatisfy(finding -> assertThat(finding.get("fixPrompt").asText()).startsWith("Fix ")
                        .contains(finding.get("ruleId").asText(), "Done when: "));
    }

    @Test
    void aFileBriefingHasItsHealthTestsAndFindingsAsTheReportHasThem() {
        JsonNode briefing = call("file_briefing", Map.of("path", ORDER_SERVICE));

        JsonNode health = StreamSupport.stream(report.at("/codeHealth/files").spliterator(), false)
                .filter(file -> file.get("path").asText().equals(ORDER_SERVICE)).findFirst().orElseThrow();
        assertThat(briefing.at("/health/score").asDouble()).isEqualTo(health.get("health").asDouble());
        assertThat(briefing.at("/role").asText()).isEqualTo("production");
        // OrderServiceTest has one test that checks a result and one that checks nothing
        assertThat(briefing.at("/tests/count").asInt()).isEqualTo(2);
        assertThat(briefing.at("/tests/checkingResults").asInt()).isEqualTo(1);
        assertThat(briefing.at("/risk/recentChanges").asInt()).isPositive();
        assertThat(briefing.get("changesWith")).isNotEmpty();
    }

    @Test
    void aPathOutsideTheRepositoryOrAnUnknownRuleIsAnErrorSayingWhy() {
        McpSchema.CallToolResult outside = client.callTool(new McpSchema.CallToolRequest("file_briefing",
                Map.of("path", "../../etc/passwd")));
        McpSchema.CallToolResult unknown = client.callTool(new McpSchema.CallToolRequest("explain_rule",
                Map.of("id", "nothing/such")));

        assertThat(outside.isError()).isTrue();
        assertThat(outside.content()).singleElement().extracting(content -> ((McpSchema.TextContent) content).text())
                .asString().contains("leaves the repository");
        assertThat(unknown.isError()).isTrue();
        assertThat(call("explain_rule", Map.of("id", "modularity/deep-nesting")).get("help").asText())
                .contains("## How to fix");
    }

    @Test
    void checkChangeReportsExactlyTheFindingAnEditPlanted() throws IOException {
        Path file = repository.resolve(ORDER_SERVICE);
        String original = Files.readString(file);
        String planted = original.substring(0, original.lastIndexOf('}')) + """

                    public int route(int a) {
                        if (a > 0) {
                            if (a > 1) {
                                if (a > 2) {
                                    if (a > 3) {
                                        if (a > 4) {
                                            if (a > 5) {
                                                return a;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        return 0;
                    }
                }
                """;
        Files.writeString(file, planted);

        JsonNode change = call("check_change", Map.of());

        Files.writeString(file, original);
        assertThat(change.get("base").asText()).isEqualTo("HEAD");
        assertThat(change.get("added")).singleElement().satisfies(finding -> {
            assertThat(finding.get("ruleId").asText()).isEqualTo("modularity/deep-nesting");
            assertThat(finding.get("path").asText()).isEqualTo(ORDER_SERVICE);
        });
        assertThat(change.get("removed")).isEmpty();
        assertThat(change.get("scoreChange").asDouble()).isNegative();
        assertThat(change.get("healthChanges")).singleElement().satisfies(moved -> {
            assertThat(moved.get("path").asText()).isEqualTo(ORDER_SERVICE);
            assertThat(moved.get("healthNow").asDouble()).isLessThan(moved.get("healthBefore").asDouble());
            assertThat(moved.get("change").asDouble()).isNegative();
        });
    }
}
