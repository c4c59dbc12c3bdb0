package dev.readiness.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/** Build files and reports of the scanned repository are untrusted: nothing outside them may be read. */
class SecureXmlTest {

    private static final String SECRET = "top-secret-4711";

    @TempDir
    Path work;

    /** All character data the parser delivered. */
    private static final class TextCollector extends DefaultHandler {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }
    }

    @Test
    void externalEntityIsNotExpandedButTheDocumentIsRead() throws Exception {
        Path secret = Files.writeString(work.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
        String pom = "<?xml version='1.0'?><!DOCTYPE project [<!ENTITY xxe SYSTEM '" + secret.toUri() + "'>]>"
                + "<project><artifactId>app&xxe;</artifactId></project>";
        TextCollector collector = new TextCollector();

        SecureXml.parse(new InputSource(new StringReader(pom)), collector);

        assertThat(collector.text.toString()).isEqualTo("app");
    }

    @Test
    void externalDtdIsNotLoaded() throws Exception {
        Files.writeString(work.resolve("project.dtd"), "<!ENTITY leak '" + SECRET + "'>", StandardCharsets.UTF_8);
        InputSource input = new InputSource(new StringReader("<?xml version='1.0'?><!DOCTYPE project SYSTEM "
                + "'project.dtd'><project><artifactId>core&leak;</artifactId></project>"));
        input.setSystemId(work.resolve("pom.xml").toUri().toString());
        TextCollector collector = new TextCollector();

        SecureXml.parse(input, collector);

        assertThat(collector.text.toString()).isEqualTo("core");
    }
}
