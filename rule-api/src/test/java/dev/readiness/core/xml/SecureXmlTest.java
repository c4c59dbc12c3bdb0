package dev.readiness.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;

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

    /** One entity of 10 KB referenced 4,900 times in an attribute: 49 million characters from a 25 KB document. */
    static String quadraticAttribute() {
        return "<?xml version='1.0'?><!DOCTYPE project [<!ENTITY e '" + "x".repeat(10_000) + "'>]>"
                + "<project name='" + "&e;".repeat(4_900) + "'><artifactId>app</artifactId></project>";
    }

    @Test
    void entitiesExpandingToMoreThanTheCapAreRefusedAfterAFewMegabytes() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        Throwable refused = catchThrowable(() -> SecureXml.parse(new InputSource(new StringReader(quadraticAttribute())),
                new TextCollector()));

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(refused).isInstanceOf(SecureXml.EntityExpansionException.class)
                .hasMessage("has more entity expansion than 1,000,000 characters; not read");
        assertThat(allocated).isLessThan(16L * 1024 * 1024);
    }

    @Test
    void entitiesWithinTheCapAreExpanded() throws Exception {
        String pom = "<?xml version='1.0'?><!DOCTYPE project [<!ENTITY name 'checkout'>]>"
                + "<project><artifactId>&name;-&name;</artifactId></project>";
        TextCollector collector = new TextCollector();

        SecureXml.parse(new InputSource(new StringReader(pom)), collector);

        assertThat(collector.text.toString()).isEqualTo("checkout-checkout");
        assertThat(SecureXml.expandsTooMuch(pom)).isFalse();
        assertThat(SecureXml.expandsTooMuch(quadraticAttribute())).isTrue();
    }
}
