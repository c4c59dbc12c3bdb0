package dev.readiness.core.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX parsing of untrusted report files: a DOCTYPE declaration is allowed (JaCoCo writes one) but no
 * external DTD, external entity or XInclude is ever loaded, and entity expansion is limited by secure
 * processing.
 */
final class SecureXml {

    private SecureXml() {
    }

    static void parse(Path file, DefaultHandler handler) throws EvidenceReportException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLReader reader = newParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            reader.parse(new InputSource(in));
        } catch (SAXException e) {
            throw new EvidenceReportException("malformed report: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new EvidenceReportException("cannot read the report: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser available", e);
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
        return parser;
    }
}
