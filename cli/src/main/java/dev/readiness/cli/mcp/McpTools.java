package dev.readiness.cli.mcp;

import dev.readiness.core.engine.Scan;
import dev.readiness.core.rule.RuleMetadata;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/** The tools the server offers, with input schemas and descriptions written for a model. */
final class McpTools {

    private static final String NO_INPUT = "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}";

    private McpTools() {
    }

    static List<SyncToolSpecification> specifications(ReadinessMcpServer server) {
        return List.of(
                tool(server, "readiness_summary", "Where the repository stands: its readiness score (0-100) and level "
                        + "for AI agents, the category that costs the most, each category's score, and the remediation "
                        + "plan: the fixes that raise the score the most, in order, with their gains and rough efforts.",
                        NO_INPUT, (scan, arguments) -> ToolAnswers.summary(scan.result())),
                tool(server, "file_briefing", "Call before editing a file. Returns its code health and what costs it, "
                        + "its defect risk and hotspot rank, the files that change together with it (staticDependency "
                        + "false means nothing in the code links them: an edit to one will likely miss the other), the "
                        + "tests that reach it and whether they check results, the architecture rules of its package, "
                        + "its open findings with fix prompts, and who knows it.",
                        "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\",\"description\":"
                                + "\"The file, relative to the repository root, e.g. src/main/java/org/acme/Order.java\"}},"
                                + "\"required\":[\"path\"],\"additionalProperties\":false}",
                        (scan, arguments) -> ReadinessMcpServer.briefing(scan, text(arguments, "path"))),
                tool(server, "check_change", "Call after editing, before committing. Compares the working tree with a "
                        + "base commit (default HEAD): the findings the change adds and removes, the score then and now, "
                        + "each category's change, package cycles then and now, any architecture rule the change "
                        + "breaks, and the code health (0-10) of each file the change made healthier or less healthy.",
                        "{\"type\":\"object\",\"properties\":{\"base\":{\"type\":\"string\",\"description\":"
                                + "\"A branch, tag or commit to compare with; default HEAD\"}},"
                                + "\"additionalProperties\":false}",
                        (scan, arguments) -> change(server, scan, arguments)),
                tool(server, "explain_rule", "What a rule finds, why it matters to agents, how to fix it, its level, its "
                        + "measured precision and the fix prompt template.",
                        "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"description\":"
                                + "\"The rule id, e.g. modularity/complex-method\"}},\"required\":[\"id\"],"
                                + "\"additionalProperties\":false}",
                        (scan, arguments) -> ToolAnswers.rule(rule(scan, text(arguments, "id")))),
                tool(server, "list_findings", "The active findings, most important first (the score points fixing each "
                        + "gains), each with a fix prompt; filter by rule, path prefix and level, page with offset and "
                        + "limit (at most " + ToolAnswers.PAGE_LIMIT + ").",
                        "{\"type\":\"object\",\"properties\":{\"rule\":{\"type\":\"string\"},\"path\":{\"type\":"
                                + "\"string\",\"description\":\"A path prefix, relative to the repository root\"},"
                                + "\"level\":{\"type\":\"string\",\"enum\":[\"error\",\"warning\",\"note\"]},"
                                + "\"offset\":{\"type\":\"integer\",\"minimum\":0},\"limit\":{\"type\":\"integer\","
                                + "\"minimum\":1,\"maximum\":" + ToolAnswers.PAGE_LIMIT + "}},"
                                + "\"additionalProperties\":false}",
                        (scan, arguments) -> ToolAnswers.findings(scan.result(), scan.models(), filter(arguments))));
    }

    /** A tool's work on the current scan and the call's arguments. */
    @FunctionalInterface
    private interface Work {
        com.fasterxml.jackson.databind.node.ObjectNode on(Scan scan, Map<String, Object> arguments)
                throws ReadinessMcpServer.ToolException, dev.readiness.core.repo.ScanInputException,
                dev.readiness.core.engine.AnalysisException;
    }

    private static SyncToolSpecification tool(ReadinessMcpServer server, String name, String description,
                                              String inputSchema, Work work) {
        McpSchema.Tool tool = McpSchema.Tool.builder().name(name).description(description)
                .inputSchema(server.mapper(), inputSchema).build();
        return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> server.answer(
                scan -> work.on(scan, request.arguments() == null ? Map.of() : request.arguments()))).build();
    }

    private static String text(Map<String, Object> arguments, String name) throws ReadinessMcpServer.ToolException {
        Object value = arguments.get(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new ReadinessMcpServer.ToolException("'" + name + "' is required and must be a string");
        }
        return text;
    }

    private static String optionalText(Map<String, Object> arguments, String name) {
        return arguments.get(name) instanceof String text && !text.isBlank() ? text : null;
    }

    private static int number(Map<String, Object> arguments, String name, int fallback, int max) {
        return arguments.get(name) instanceof Number number ? Math.max(0, Math.min(max, number.intValue())) : fallback;
    }

    private static ToolAnswers.Filter filter(Map<String, Object> arguments) throws ReadinessMcpServer.ToolException {
        String path = optionalText(arguments, "path");
        return new ToolAnswers.Filter(optionalText(arguments, "rule"), path == null ? null : RepositoryPaths.checked(path),
                optionalText(arguments, "level"), number(arguments, "offset", 0, Integer.MAX_VALUE),
                Math.max(1, number(arguments, "limit", 50, ToolAnswers.PAGE_LIMIT)));
    }

    private static RuleMetadata rule(Scan scan, String id) throws ReadinessMcpServer.ToolException {
        RuleMetadata rule = ToolAnswers.rules(scan.result()).get(id);
        if (rule == null) {
            throw new ReadinessMcpServer.ToolException("no rule " + id + " ran in this scan; readiness_summary and "
                    + "list_findings name the rules, e.g. modularity/complex-method");
        }
        return rule;
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode change(ReadinessMcpServer server, Scan now,
                                                                          Map<String, Object> arguments)
            throws dev.readiness.core.repo.ScanInputException, dev.readiness.core.engine.AnalysisException {
        String base = optionalText(arguments, "base") == null ? "HEAD" : optionalText(arguments, "base");
        return ToolAnswers.change(base, server.scans().at(base), now.result(), now.models());
    }
}
