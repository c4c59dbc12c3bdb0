package dev.readiness.cli.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.briefing.Briefings;
import dev.readiness.core.engine.AnalysisException;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.report.JsonOutput;
import dev.readiness.core.report.JsonReportWriter;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.RuleMetadata;
import dev.readiness.core.secrets.SecretMasking;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * {@code readiness mcp}: a Model Context Protocol server over stdio (the official MCP Java SDK) that answers an agent's
 * questions about one repository while it works: the summary and plan, a briefing on a file before editing it, the
 * findings a change adds or removes, the rules and the findings. It reads the repository as {@code readiness scan}
 * does, never writes into it and never runs its code; a tool that cannot answer says why in an error result.
 */
public final class ReadinessMcpServer {

    private final WorkTreeScans scans;
    private final McpJsonMapper mapper = new JacksonMcpJsonMapper(ToolAnswers.JSON);

    ReadinessMcpServer(WorkTreeScans scans) {
        this.scans = scans;
    }

    /** Serves {@code in} and {@code out} until the client closes {@code in}. */
    void serve(InputStream in, OutputStream out) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        InputStream watched = new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                return ended(super.read());
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return ended(super.read(buffer, offset, length));
            }

            private int ended(int read) {
                if (read < 0) {
                    closed.countDown();
                }
                return read;
            }
        };
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(mapper, watched, out))
                .serverInfo(ToolInfo.NAME, ToolInfo.VERSION)
                .instructions("Repo Readiness knows what the code alone does not tell you: which files change with the "
                        + "one you edit, which tests really check it, the layer rules, who knows it and how healthy it "
                        + "is. Call file_briefing before editing a file, check_change after editing, and "
                        + "readiness_summary for where the repository stands.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
                .tools(McpTools.specifications(this))
                .resources(resources())
                .build();
        closed.await();
        server.closeGracefully();
    }

    /**
     * Runs {@code answer} on the current scan; scan failures and bad arguments become error results. Answers carry
     * paths, names and messages of the repository: their secrets are masked like the reports'.
     */
    McpSchema.CallToolResult answer(ToolCall answer) {
        try {
            JsonNode node = JsonOutput.masked(answer.on(scans.current()));
            return McpSchema.CallToolResult.builder().structuredContent(ToolAnswers.JSON.convertValue(node, Map.class))
                    .addTextContent(ToolAnswers.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node)).build();
        } catch (ToolException | ScanInputException | AnalysisException e) {
            return error(e.getMessage());
        } catch (JsonProcessingException e) {
            return error("cannot write the answer: " + e.getMessage());
        }
    }

    static McpSchema.CallToolResult error(String message) {
        return McpSchema.CallToolResult.builder().isError(true).addTextContent(SecretMasking.inText(message)).build();
    }

    WorkTreeScans scans() {
        return scans;
    }

    McpJsonMapper mapper() {
        return mapper;
    }

    /** A tool's work on a scan. */
    @FunctionalInterface
    interface ToolCall {
        ObjectNode on(Scan scan) throws ToolException, ScanInputException, AnalysisException;
    }

    /** A question the tool cannot answer as asked (an unknown path or rule); its message goes to the agent. */
    static final class ToolException extends Exception {
        ToolException(String message) {
            super(message);
        }
    }

    /** The JSON report of the work tree, and each rule's help. */
    private List<McpServerFeatures.SyncResourceSpecification> resources() {
        List<McpServerFeatures.SyncResourceSpecification> resources = new ArrayList<>();
        resources.add(new McpServerFeatures.SyncResourceSpecification(McpSchema.Resource.builder()
                .uri("readiness://report.json").name("report.json").title("The JSON report of the work tree")
                .mimeType("application/json").build(), (exchange, request) -> text(request.uri(), "application/json",
                this::report)));
        // from the registry, so the server answers the handshake at once and scans on the first question
        for (RuleMetadata rule : scans.rules()) {
            String uri = "readiness://rules/" + rule.id();
            resources.add(new McpServerFeatures.SyncResourceSpecification(McpSchema.Resource.builder().uri(uri)
                    .name(rule.id()).title(rule.title()).mimeType("text/markdown").build(),
                    (exchange, request) -> new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(
                            uri, "text/markdown", rule.helpMarkdown())))));
        }
        return resources;
    }

    private String report(Scan scan) {
        return new String(new JsonReportWriter().toBytes(scan.result()
                .listingAtMost(AnalysisResult.DEFAULT_FINDINGS_PER_RULE)), StandardCharsets.UTF_8);
    }

    private McpSchema.ReadResourceResult text(String uri, String mimeType, Function<Scan, String> content) {
        try {
            return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, mimeType,
                    content.apply(scans.current()))));
        } catch (ScanInputException | AnalysisException e) {
            return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, "text/plain",
                    SecretMasking.inText("cannot scan the repository: " + e.getMessage()))));
        }
    }

    /** The briefing of {@code path} on {@code scan}, or why there is none. */
    static ObjectNode briefing(Scan scan, String path) throws ToolException {
        AnalysisResult result = scan.result();
        return ToolAnswers.JSON.valueToTree(Briefings.of(scan.models(), result, RepositoryPaths.checked(path))
                .orElseThrow(() -> new ToolException("no file " + path + " in the scanned repository; paths are "
                        + "relative to the repository root, with '/' (e.g. src/main/java/org/acme/Order.java)")));
    }
}
