package dev.readiness.core.modules;

import dev.readiness.core.xml.SecureXml;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a pom.xml with {@link SecureXml}: coordinates, parent, properties and the dependencies of the
 * project and its profiles (never those of dependencyManagement or of plugins).
 */
final class MavenPomReader {

    private static final List<String> DEPENDENCY_PATHS = List.of("project/dependencies/dependency",
            "project/profiles/profile/dependencies/dependency");

    private MavenPomReader() {
    }

    /** The pom, or empty when it is not well-formed XML with a {@code <project>} root. */
    static Optional<MavenPom> read(String path, String text) {
        Handler handler = new Handler();
        try {
            SecureXml.parse(new InputSource(new StringReader(text)), handler);
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
        if (!handler.sawProject) {
            return Optional.empty();
        }
        return Optional.of(new MavenPom(path, handler.value("project/groupId"), handler.value("project/artifactId"),
                handler.value("project/parent/groupId"), handler.value("project/parent/artifactId"),
                handler.properties, handler.dependencies));
    }

    /** Tracks the element path; collects the text of the few elements that matter. */
    private static final class Handler extends DefaultHandler {

        private final List<String> open = new ArrayList<>();
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, String> properties = new TreeMap<>();
        private final Map<String, String> dependency = new HashMap<>();
        private final List<MavenPom.Dependency> dependencies = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;
        private int dependencyLine;
        private boolean sawProject;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            open.add(qName);
            text.setLength(0);
            sawProject |= open.size() == 1 && qName.equals("project");
            if (DEPENDENCY_PATHS.contains(path())) {
                dependency.clear();
                dependencyLine = locator == null ? 1 : locator.getLineNumber();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String path = path();
            String parent = open.size() > 1 ? String.join("/", open.subList(0, open.size() - 1)) : "";
            String value = text.toString().trim();
            if (DEPENDENCY_PATHS.contains(path)) {
                dependencies.add(new MavenPom.Dependency(dependency.getOrDefault("groupId", ""),
                        dependency.getOrDefault("artifactId", ""), dependency.getOrDefault("scope", "compile"),
                        dependency.getOrDefault("optional", "false").equals("true"), dependencyLine));
            } else if (DEPENDENCY_PATHS.contains(parent)) {
                dependency.put(qName, value);
            } else if (parent.equals("project/properties")) {
                properties.put(qName, value);
            } else {
                values.put(path, value);
            }
            open.remove(open.size() - 1);
            text.setLength(0);
        }

        @Override
        public void error(SAXParseException e) {
            // not validating: recoverable errors (e.g. an undeclared DTD) do not make the pom unreadable
        }

        private String path() {
            return String.join("/", open);
        }

        String value(String path) {
            return values.getOrDefault(path, "");
        }
    }
}
