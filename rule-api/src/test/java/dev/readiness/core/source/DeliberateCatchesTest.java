package dev.readiness.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.stmt.CatchClause;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliberateCatchesTest {

    private static final List<CatchClause> CATCHES = StaticJavaParser.parseBlock("""
            {
                try { close(); } catch (IOException ignored) { }
                try { close(); } catch (IOException ignore) { }
                try { parse(); fail(); } catch (ParseException expected) { }
                try { close(); } catch (IOException e) { // the stream is closed twice on purpose
                }
                try { close(); } catch (IOException e) { // TODO
                }
                try { close(); } catch (IOException e) { /* Auto-generated catch block */ }
                try { close(); } catch (IOException e) { }
            }
            """).findAll(CatchClause.class);

    @Test
    void aParameterNamedIgnoredOrExpectedSaysSo() {
        assertThat(CATCHES).extracting(DeliberateCatches::isNamedIgnored)
                .containsExactly(true, true, false, false, false, false, false);
        assertThat(CATCHES).extracting(DeliberateCatches::isNamedExpected)
                .containsExactly(false, false, true, false, false, false, false);
    }

    @Test
    void aCommentExplainsUnlessItOnlyMarksUnfinishedWork() {
        assertThat(CATCHES).extracting(DeliberateCatches::isExplained)
                .containsExactly(false, false, false, true, false, false, false);
    }
}
