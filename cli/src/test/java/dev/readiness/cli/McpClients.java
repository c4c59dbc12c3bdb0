package dev.readiness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The official MCP SDK client, connected over stdio to {@code readiness mcp} in a JVM of its own. */
final class McpClients {

    private McpClients() {
    }

    /** An initialised client of a server for {@code repository}, started with {@code options} after the path. */
    static McpSyncClient started(Path repository, ObjectMapper json, String... options) {
        List<String> args = new ArrayList<>(List.of("-cp", System.getProperty("java.class.path"),
                ReadinessMain.class.getName(), "mcp", repository.toString()));
        args.addAll(List.of(options));
        ServerParameters server = ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()).args(args).build();
        McpSyncClient client = McpClient.sync(new StdioClientTransport(server, new JacksonMcpJsonMapper(json)))
                .requestTimeout(Duration.ofSeconds(120)).initializationTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
        return client;
    }
}
