package dev.readiness.core.evidence;

import dev.readiness.core.evidence.ClassCoverage.Counter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a JaCoCo XML report ({@code jacoco.xml}, also aggregate reports with {@code <group>}s): the
 * class-level LINE, BRANCH and INSTRUCTION counters of every {@code <class>}.
 */
public final class JacocoReportParser {

    private enum Type { LINE, BRANCH, INSTRUCTION }

    private JacocoReportParser() {
    }

    public static List<ClassCoverage> parse(Path file) throws EvidenceReportException {
        Handler handler = new Handler();
        ReportXml.parse(file, handler);
        if (!handler.sawRoot) {
            throw new EvidenceReportException("not a JaCoCo report: no <report> root element");
        }
        return List.copyOf(handler.classes);
    }

    /** Tracks the open elements so only counters that are direct children of a class are read. */
    private static final class Handler extends DefaultHandler {

        private final List<ClassCoverage> classes = new ArrayList<>();
        private final Deque<String> elements = new ArrayDeque<>();
        private final Map<Type, Counter> counters = new EnumMap<>(Type.class);
        private boolean sawRoot;
        private String packageName = "";
        private String className;
        private String sourceFile;

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes)
                throws SAXException {
            if (!sawRoot && !name.equals("report")) {
                throw new SAXException("root element is <" + name + ">, not <report>");
            }
            sawRoot = true;
            switch (name) {
                case "package" -> packageName = dotted(attributes.getValue("name"));
                case "class" -> startClass(attributes);
                case "counter" -> {
                    if ("class".equals(elements.peek())) {
                        counter(attributes);
                    }
                }
                default -> { }
            }
            elements.push(name);
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            elements.pop();
            if (name.equals("class") && className != null) {
                classes.add(new ClassCoverage(packageName, className, sourceFile == null ? "" : sourceFile,
                        get(Type.LINE), get(Type.BRANCH), get(Type.INSTRUCTION)));
                className = null;
            }
        }

        private void startClass(Attributes attributes) throws SAXException {
            String name = attributes.getValue("name");
            if (name == null || name.isBlank()) {
                throw new SAXException("a <class> without a name");
            }
            className = dotted(name);
            sourceFile = attributes.getValue("sourcefilename");
            counters.clear();
        }

        private void counter(Attributes attributes) throws SAXException {
            String type = attributes.getValue("type");
            try {
                Type parsed = Type.valueOf(type);
                counters.put(parsed, new Counter(Long.parseLong(attributes.getValue("missed")),
                        Long.parseLong(attributes.getValue("covered"))));
            } catch (IllegalArgumentException | NullPointerException e) {
                if (isKnownType(type)) {
                    throw new SAXException("counter " + type + " of " + className + " has no valid numbers", e);
                }
            }
        }

        private static boolean isKnownType(String type) {
            for (Type known : Type.values()) {
                if (known.name().equals(type)) {
                    return true;
                }
            }
            return false;
        }

        private Counter get(Type type) {
            return counters.getOrDefault(type, Counter.EMPTY);
        }

        private static String dotted(String name) {
            return name == null ? "" : name.replace('/', '.');
        }
    }
}
