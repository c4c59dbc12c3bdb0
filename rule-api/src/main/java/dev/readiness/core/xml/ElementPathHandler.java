package dev.readiness.core.xml;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX handler for reading a few known elements of a document (pom.xml): it tracks the path of the element
 * being read ("project/build/plugins/plugin"), its trimmed text and the line, and hands subclasses each start
 * and end. Not validating: recoverable errors (an undeclared DTD, say) do not make the document unreadable.
 */
public abstract class ElementPathHandler extends DefaultHandler {

    private final List<String> open = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Locator locator;

    /** Parses {@code document} with {@link SecureXml}; false when it is not well-formed XML. */
    public static boolean parse(String document, ElementPathHandler handler) {
        try {
            SecureXml.parse(new InputSource(new StringReader(document)), handler);
            return true;
        } catch (SAXException | IOException e) {
            return false;
        }
    }

    /** An element starts; {@code path} ends with its name. */
    protected abstract void started(String path, String name);

    /** An element starts, with its attributes by name; by default {@link #started(String, String)}. */
    protected void started(String path, String name, Map<String, String> attributes) {
        started(path, name);
    }

    /** An element ends: its path, its parent's path ("" for the root), its name and its trimmed text. */
    protected abstract void ended(String path, String parent, String name, String value);

    /** The line the parser is at (1 when it does not say). */
    protected final int line() {
        return locator == null ? 1 : locator.getLineNumber();
    }

    /** How many elements are open, the one just started included. */
    protected final int depth() {
        return open.size();
    }

    @Override
    public final void setDocumentLocator(Locator documentLocator) {
        this.locator = documentLocator;
    }

    @Override
    public final void startElement(String uri, String localName, String qName, Attributes attributes) {
        open.add(qName);
        text.setLength(0);
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            byName.put(attributes.getQName(i), attributes.getValue(i));
        }
        started(String.join("/", open), qName, byName);
    }

    @Override
    public final void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    @Override
    public final void endElement(String uri, String localName, String qName) {
        String parent = open.size() > 1 ? String.join("/", open.subList(0, open.size() - 1)) : "";
        ended(String.join("/", open), parent, qName, text.toString().trim());
        open.remove(open.size() - 1);
        text.setLength(0);
    }

    @Override
    public final void error(SAXParseException e) {
        // not validating: recoverable errors are no reason to give up on the document
    }
}
