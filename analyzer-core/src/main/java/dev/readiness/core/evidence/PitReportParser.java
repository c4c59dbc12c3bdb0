package dev.readiness.core.evidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads a PIT {@code mutations.xml} (XML output format): one {@link Mutation} per {@code <mutation>}. */
public final class PitReportParser {

    private PitReportParser() {
    }

    public static List<Mutation> parse(Path file) throws EvidenceReportException {
        Handler handler = new Handler();
        ReportXml.parse(file, handler);
        if (!handler.sawRoot) {
            throw new EvidenceReportException("not a PIT mutations report: no <mutations> root element");
        }
        return List.copyOf(handler.mutations);
    }

    /** Collects the child elements of each {@code <mutation>} as text. */
    private static final class Handler extends DefaultHandler {

        private final List<Mutation> mutations = new ArrayList<>();
        private final Map<String, String> fields = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private boolean sawRoot;
        private boolean inMutation;
        private String status;
        private String detected;

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes)
                throws SAXException {
            if (!sawRoot) {
                if (!name.equals("mutations")) {
                    throw new SAXException("root element is <" + name + ">, not <mutations>");
                }
                sawRoot = true;
            } else if (name.equals("mutation")) {
                inMutation = true;
                fields.clear();
                status = attributes.getValue("status");
                detected = attributes.getValue("detected");
            }
            text.setLength(0);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            if (name.equals("mutation")) {
                mutations.add(mutation());
                inMutation = false;
            } else if (inMutation) {
                fields.putIfAbsent(name, text.toString().trim());
            }
            text.setLength(0);
        }

        private Mutation mutation() throws SAXException {
            String mutatedClass = required("mutatedClass");
            try {
                MutationStatus parsed = MutationStatus.parse(status);
                boolean isDetected = detected == null ? parsed.detected() : Boolean.parseBoolean(detected.trim());
                return new Mutation(required("sourceFile"), mutatedClass, fields.getOrDefault("mutatedMethod", ""),
                        Integer.parseInt(required("lineNumber")), fields.getOrDefault("mutator", ""), parsed,
                        isDetected);
            } catch (IllegalArgumentException e) {
                throw new SAXException("mutation in " + mutatedClass + ": " + e.getMessage(), e);
            }
        }

        private String required(String field) throws SAXException {
            String value = fields.get(field);
            if (value == null || value.isEmpty()) {
                throw new SAXException("a <mutation> without <" + field + ">");
            }
            return value;
        }
    }
}
