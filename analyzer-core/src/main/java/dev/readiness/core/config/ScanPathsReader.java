package dev.readiness.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the top-level {@code include} and {@code exclude} lists of path globs. */
final class ScanPathsReader {

    static final String INCLUDE = "include";
    static final String EXCLUDE = "exclude";

    private ScanPathsReader() {
    }

    static List<String> read(YamlNode node, NodeReader reader, String section) throws ConfigException {
        List<String> globs = new ArrayList<>();
        List<YamlNode.Scalar> items = reader.strings(node, section, "path globs");
        for (int i = 0; i < items.size(); i++) {
            YamlNode.Scalar glob = items.get(i);
            Optional<String> problem = FileGlob.problem(glob.text().strip());
            if (problem.isPresent()) {
                throw reader.error(glob.position(), "malformed path glob '" + glob.text() + "' in " + section + "["
                        + i + "]: " + problem.get());
            }
            globs.add(glob.text().strip());
        }
        return globs;
    }
}
