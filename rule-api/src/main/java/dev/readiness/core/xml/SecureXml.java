package dev.readiness.core.xml;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX parsing of untrusted XML (reports, build files of the scanned repository): a DOCTYPE declaration is
 * allowed (JaCoCo writes one) but no external DTD, external entity or XInclude is ever loaded, and entity
 * expansion is limited by secure processing.
 */
public final class SecureXml {

    private SecureXml() {
    }

    /** Parses {@code input} into {@code handler}, which also receives the document locator and errors. */
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
        reader.parse(input);
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
        return parser;
    }
}
