package dev.readiness.rules.context;

import dev.readiness.core.xml.SecureXml;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What {@link UnreproducibleBuild} reads from a pom.xml: its artifactId, its parent, the plugins it declares
 * (with or without a version, and where), the plugin versions it pins, whether it names a Java version, and
 * its modules.
 */
record PomModel(String artifactId, Optional<Parent> parent, List<String> modules, List<Plugin> plugins,
                Set<String> pinned, boolean declaresJava) {

    /** The parent's artifactId and relativePath (null when not given, so Maven's default ../pom.xml applies). */
    record Parent(String artifactId, String relativePath) {
    }

    /** A plugin entry: {@code groupId:artifactId}, whether it has a version, and the line of its artifactId. */
    record Plugin(String key, boolean versioned, int line) {
    }

    private static final Pattern PLUGIN = Pattern.compile(
            "project(/profiles/profile)?/build(/pluginManagement)?/plugins/plugin");
    private static final Pattern JAVA_IN_PLUGIN = Pattern.compile(".*/plugin/configuration/(release|source|target|jdkToolchain)");
    private static final Set<String> JAVA_PROPERTIES = Set.of("maven.compiler.release", "maven.compiler.source",
            "maven.compiler.target", "java.version", "jdk.version", "java.release");

    static Optional<PomModel> read(String text) {
        Handler handler = new Handler();
        try {
            SecureXml.parse(new InputSource(new StringReader(text)), handler);
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
        Optional<Parent> parent = handler.values.containsKey("project/parent/artifactId")
                ? Optional.of(new Parent(handler.values.get("project/parent/artifactId"),
                        handler.values.get("project/parent/relativePath")))
                : Optional.empty();
        return Optional.of(new PomModel(handler.values.getOrDefault("project/artifactId", ""), parent,
                handler.modules, handler.plugins, handler.pinned, handler.declaresJava));
    }

    /** Tracks the element path and the plugin being read. */
    private static final class Handler extends DefaultHandler {

        private final List<String> open = new ArrayList<>();
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, String> plugin = new HashMap<>();
        private final List<Plugin> plugins = new ArrayList<>();
        private final List<String> modules = new ArrayList<>();
        private final Set<String> pinned = new TreeSet<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;
        private int artifactLine = 1;
        private boolean declaresJava;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            open.add(qName);
            text.setLength(0);
            String path = String.join("/", open);
            if (PLUGIN.matcher(path).matches()) {
                plugin.clear();
            } else if (PLUGIN.matcher(parentPath()).matches() && qName.equals("artifactId") && locator != null) {
                artifactLine = locator.getLineNumber();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String path = String.join("/", open);
            String value = text.toString().trim();
            if (PLUGIN.matcher(path).matches()) {
                endPlugin();
            } else if (PLUGIN.matcher(parentPath()).matches()) {
                plugin.put(qName, value);
            } else if (path.matches("project(/profiles/profile)?/modules/module")) {
                modules.add(value);
            } else if (parentPath().matches("project(/profiles/profile)?/properties") && JAVA_PROPERTIES.contains(qName)) {
                declaresJava = true;
            } else {
                declaresJava |= JAVA_IN_PLUGIN.matcher(path).matches();
                values.putIfAbsent(path, value);
            }
            open.remove(open.size() - 1);
            text.setLength(0);
        }

        private void endPlugin() {
            String key = plugin.getOrDefault("groupId", "org.apache.maven.plugins") + ":"
                    + plugin.getOrDefault("artifactId", "");
            boolean versioned = !plugin.getOrDefault("version", "").isEmpty();
            plugins.add(new Plugin(key, versioned, artifactLine));
            if (versioned) {
                pinned.add(key);
            }
            declaresJava |= key.endsWith(":maven-toolchains-plugin");
        }

        private String parentPath() {
            return open.size() > 1 ? String.join("/", open.subList(0, open.size() - 1)) : "";
        }

        @Override
        public void error(SAXParseException e) {
            // not validating: recoverable errors do not make the pom unreadable
        }
    }
}
