package dev.readiness.core.evidence;

import dev.readiness.core.repo.RegularFiles;
import dev.readiness.core.xml.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads a report file with {@link SecureXml}, turning parse and read errors into report problems. */
final class ReportXml {

    private ReportXml() {
    }

    static void parse(Path file, DefaultHandler handler) throws EvidenceReportException {
        try (InputStream in = RegularFiles.open(file)) {
            SecureXml.parse(new InputSource(in), handler);
        } catch (SecureXml.EntityExpansionException e) {
            throw new EvidenceReportException(file.getFileName() + " " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new EvidenceReportException("malformed report: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new EvidenceReportException("cannot read the report: " + e.getMessage(), e);
        }
    }
}
