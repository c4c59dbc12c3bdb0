package dev.readiness.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Element paths, parents, trimmed text and lines as a pom reader sees them. */
class ElementPathHandlerTest {

    /** Records every start and end as text. */
    private static final class Recorder extends ElementPathHandler {
        final List<String> events = new ArrayList<>();

        @Override
        protected void started(String path, String name) {
            events.add("start " + path + " (" + name + ", depth " + depth() + ", line " + line() + ")");
        }

        @Override
        protected void ended(String path, String parent, String name, String value) {
            events.add("end " + path + " in '" + parent + "' = '" + value + "'");
        }
    }

    @Test
    void reportsEachElementsPathParentTrimmedTextAndLine() {
        Recorder recorder = new Recorder();

        boolean parsed = ElementPathHandler.parse("<project>\n  <build>\n    <plugin> a </plugin>\n  </build>\n</project>",
                recorder);

        assertThat(parsed).isTrue();
        assertThat(recorder.events).containsExactly(
                "start project (project, depth 1, line 1)",
                "start project/build (build, depth 2, line 2)",
                "start project/build/plugin (plugin, depth 3, line 3)",
                "end project/build/plugin in 'project/build' = 'a'",
                "end project/build in 'project' = ''",
                "end project in '' = ''");
    }

    @Test
    void aDocumentThatIsNotWellFormedIsNotParsed() {
        assertThat(ElementPathHandler.parse("<project><build></project>", new Recorder())).isFalse();
        assertThat(ElementPathHandler.parse("not xml at all", new Recorder())).isFalse();
    }

    @Test
    void anExternalEntityIsNeverLoaded() {
        Recorder recorder = new Recorder();

        boolean parsed = ElementPathHandler.parse("<!DOCTYPE project [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<project>&secret;</project>", recorder);

        assertThat(parsed).isTrue();
        assertThat(recorder.events).containsExactly("start project (project, depth 1, line 1)",
                "end project in '' = ''");
    }
}
