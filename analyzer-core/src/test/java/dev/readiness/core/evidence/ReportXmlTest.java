package dev.readiness.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are untrusted input: external entities and external DTDs must never be loaded. */
class ReportXmlTest {

    private static final String SECRET = "top-secret-4711";

    @TempDir
    Path work;

    @Test
    void externalEntityIsNotExpanded() throws Exception {
        Path secret = Reports.write(work.resolve("secret.txt"), SECRET);
        Path file = Reports.write(work.resolve("mutations.xml"), "<?xml version='1.0'?>"
                + "<!DOCTYPE mutations [<!ENTITY xxe SYSTEM '" + secret.toUri() + "'>]>"
                + "<mutations><mutation status='KILLED'><sourceFile>A.java</sourceFile>"
                + "<mutatedClass>A</mutatedClass><mutatedMethod>&xxe;</mutatedMethod><lineNumber>1</lineNumber>"
                + "</mutation></mutations>");

        assertThat(parsedText(file)).doesNotContain(SECRET);
    }

    @Test
    void externalDtdIsNotLoaded() throws Exception {
        Reports.write(work.resolve("report.dtd"), "<!ENTITY leak '" + SECRET + "'>");
        Path file = Reports.write(work.resolve("jacoco.xml"), "<?xml version='1.0'?>"
                + "<!DOCTYPE report SYSTEM 'report.dtd'><report name='x'><package name='a'>"
                + "<class name='a/C' sourcefilename='&leak;'><counter type='LINE' missed='0' covered='1'/>"
                + "</class></package></report>");

        List<String> seen = new ArrayList<>();
        try {
            JacocoReportParser.parse(file).forEach(c -> seen.add(c.sourceFile()));
        } catch (EvidenceReportException e) {
            seen.add(e.getMessage());
        }
        assertThat(seen).isNotEmpty().noneMatch(text -> text.contains(SECRET));
    }

    @Test
    void jacocoDoctypeIsAccepted() throws Exception {
        Path file = Reports.write(work.resolve("jacoco.xml"), "<?xml version='1.0'?><!DOCTYPE report PUBLIC "
                + "'-//JACOCO//DTD Report 1.1//EN' 'http://localhost:1/report.dtd'><report name='x'/>");

        assertThat(JacocoReportParser.parse(file)).isEmpty();
    }

    @Test
    void aReportWhoseEntitiesExpandTooMuchIsNotReadAndSaysWhy() throws Exception {
        Path file = Reports.write(work.resolve("mutations.xml"), "<?xml version='1.0'?>"
                + "<!DOCTYPE mutations [<!ENTITY e '" + "x".repeat(10_000) + "'>]>"
                + "<mutations><mutation status='KILLED'><sourceFile>A.java</sourceFile>"
                + "<mutatedClass>A</mutatedClass><mutatedMethod>" + "&e;".repeat(200) + "</mutatedMethod>"
                + "<lineNumber>1</lineNumber></mutation></mutations>");

        assertThat(parsedText(file))
                .isEqualTo("error: mutations.xml has more entity expansion than 1,000,000 characters; not read");
    }

    /** What the parser made of the file, or its error message: either way the secret must be absent. */
    private static String parsedText(Path file) {
        try {
            return PitReportParser.parse(file).toString();
        } catch (EvidenceReportException e) {
            return "error: " + e.getMessage();
        }
    }
}
