package dev.readiness.core.xml;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX parsing of untrusted XML (reports, build files of the scanned repository): a DOCTYPE declaration is
 * allowed (JaCoCo writes one) but no external DTD, external entity or XInclude is ever loaded, and the text internal
 * entities expand to is capped per document at {@link #MAX_ENTITY_CHARACTERS}, so that a small document cannot cost
 * hundreds of megabytes (one entity of 10 KB referenced thousands of times in an attribute).
 */
public final class SecureXml {

    /** Characters all entity references of one document may expand to: about 2 MB of text, far above real use. */
    public static final int MAX_ENTITY_CHARACTERS = 1_000_000;

    /** What a document over the cap is told: "pom.xml " comes before it. */
    public static final String TOO_MUCH_EXPANSION = String.format(Locale.ROOT,
            "has more entity expansion than %,d characters; not read", MAX_ENTITY_CHARACTERS);

    /**
     * The JDK's codes for its entity limits (number of expansions, one entity's size, all entities' size, nodes in
     * entity references), which begin its messages in every language.
     */
    private static final Set<String> ENTITY_LIMIT_CODES = Set.of("JAXP00010001", "JAXP00010003", "JAXP00010004",
            "JAXP00010007");

    private SecureXml() {
    }

    /** A document whose entities expand to more than the JDK's limits or {@link #MAX_ENTITY_CHARACTERS}. */
    public static final class EntityExpansionException extends SAXException {

        private static final long serialVersionUID = 1L;

        EntityExpansionException(SAXParseException cause) {
            super(TOO_MUCH_EXPANSION, cause);
        }
    }

    /**
     * Parses {@code input} into {@code handler}, which also receives the document locator and errors.
     *
     * @throws EntityExpansionException when the document's entities expand to too much text
     */
    public static void parse(InputSource input, DefaultHandler handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = newParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser available", e);
        }
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        try {
            reader.parse(input);
        } catch (SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            int colon = message.indexOf(':');
            if (colon > 0 && ENTITY_LIMIT_CODES.contains(message.substring(0, colon))) {
                throw new EntityExpansionException(e);
            }
            throw e;
        }
    }

    /** Whether {@code document} is over the entity limits; false when it is malformed in any other way. */
    public static boolean expandsTooMuch(String document) {
        try {
            parse(new InputSource(new StringReader(document)), new DefaultHandler());
            return false;
        } catch (EntityExpansionException e) {
            return true;
        } catch (SAXException | IOException e) {
            return false;
        }
    }

    private static SAXParser newParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        parser.setProperty("jdk.xml.totalEntitySizeLimit", String.valueOf(MAX_ENTITY_CHARACTERS));
        // messages in the root locale, so that the codes above begin them
        parser.setProperty("http://apache.org/xml/properties/locale", Locale.ROOT);
        return parser;
    }
}
