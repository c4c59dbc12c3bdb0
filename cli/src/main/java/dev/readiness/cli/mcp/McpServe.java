package dev.readiness.cli.mcp;

import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.repo.RepositoryReader;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.RuleRegistry;
import java.io.InputStream;
import java.io.OutputStream;

/** Starts the server for one repository: its path is checked first, so a wrong one fails before the protocol starts. */
public final class McpServe {

    private McpServe() {
    }

    public static void serve(RuleRegistry registry, ScanRequest request, InputStream in, OutputStream out)
            throws ScanInputException, InterruptedException {
        RepositoryReader.rootDirectory(request.path());
        try (WorkTreeScans scans = new WorkTreeScans(registry, request)) {
            new ReadinessMcpServer(scans).serve(in, out);
        }
    }
}
