package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.cache.CacheFiles;
import dev.readiness.core.rule.RuleType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.TreeSet;

/**
 * Identifies the analyzer that produced cached results: tool version, the rules and the code they come
 * from (location, size and time of each jar or class directory), so a rebuilt or upgraded analyzer never
 * reuses results of another one.
 */
final class AnalyzerFingerprint {

    private AnalyzerFingerprint() {
    }

    /** {@code settings}: what else changes the rules' results (readiness.yml's levels and options). */
    static String of(List<RuleType> rules, List<String> settings) {
        TreeSet<String> parts = new TreeSet<>();
        settings.forEach(setting -> parts.add("settings " + setting));
        parts.add("version " + ToolInfo.VERSION);
        parts.add("core " + codeOf(AnalyzerFingerprint.class));
        for (RuleType rule : rules) {
            parts.add("rule " + rule.metadata().id() + " " + rule.type().getName() + " " + codeOf(rule.type()));
        }
        return CacheFiles.sha256(String.join("\n", parts));
    }

    private static String codeOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                // a class directory (tests, IDE): its classes change without the directory changing
                Path classFile = location.resolve(type.getName().replace('.', '/') + ".class");
                return location + " " + Files.getLastModifiedTime(classFile).toMillis();
            }
            return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
        } catch (URISyntaxException | java.io.IOException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
