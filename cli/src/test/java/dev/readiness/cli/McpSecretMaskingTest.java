package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.testing.FakeSecrets;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readiness mcp} on {@link HostileRepository}, a real subprocess: no answer repeats a secret of the repository. */
class McpSecretMaskingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    private static McpSyncClient client;

    @BeforeAll
    static void startTheServer() {
        Path repository = HostileRepository.create(work.resolve("hostile"));
        client = McpClients.started(repository, JSON, "--no-cache", "--unproven-rules");
    }

    @AfterAll
    static void stopTheServer() {
        if (client != null) {
            client.closeGracefully();
        }
    }

    @Test
    void findingsBriefingsAndErrorsRepeatNoSecret() {
        McpSchema.CallToolResult findings = call("list_findings", Map.of("limit", 200));
        McpSchema.CallToolResult briefing = call("file_briefing", Map.of("path", HostileRepository.TEST));
        McpSchema.CallToolResult unknown = call("file_briefing", Map.of("path", HostileRepository.BRANCH + ".java"));
        String answers = JSON.valueToTree(findings).toString() + JSON.valueToTree(briefing) + JSON.valueToTree(unknown);

        assertThat(findings.isError()).isFalse();
        assertThat(briefing.isError()).isFalse();
        assertThat(unknown.isError()).isTrue();
        assertThat(answers).doesNotContain(HostileRepository.SECRETS)
                .contains("ghp_\u2026(40 chars)", "AKIA\u2026(20 chars)", "xoxb\u2026(" + FakeSecrets.SLACK_TOKEN.length() + " chars)");
    }

    private static McpSchema.CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }
}
