package dev.readiness.core.config;

import java.util.ArrayList;
import java.util.List;

/** Reads the top-level {@code areas} list: directories, relative to the repository root, scored on their own. */
final class AreasReader {

    static final String SECTION = "areas";

    private AreasReader() {
    }

    static List<String> read(YamlNode node, NodeReader reader) throws ConfigException {
        List<String> areas = new ArrayList<>();
        List<YamlNode.Scalar> items = reader.strings(node, SECTION, "directories");
        for (int i = 0; i < items.size(); i++) {
            YamlNode.Scalar item = items.get(i);
            String directory = item.text().strip();
            while (directory.endsWith("/")) {
                directory = directory.substring(0, directory.length() - 1);
            }
            if (directory.isEmpty() || directory.startsWith("/") || directory.contains("\\")
                    || List.of(directory.split("/")).stream().anyMatch(part -> part.equals("..") || part.equals("."))) {
                throw reader.error(item.position(), "areas[" + i + "] '" + item.text() + "' must be a directory "
                        + "relative to the repository root, with '/' between names and no '.' or '..'");
            }
            if (areas.contains(directory)) {
                throw reader.error(item.position(), "areas[" + i + "] '" + directory + "' is listed twice");
            }
            areas.add(directory);
        }
        return areas;
    }
}
