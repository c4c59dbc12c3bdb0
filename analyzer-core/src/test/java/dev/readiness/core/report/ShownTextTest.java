package dev.readiness.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.report.html.Html;
import dev.readiness.core.testing.FakeSecrets;
import org.junit.jupiter.api.Test;

class ShownTextTest {

    @Test
    void spellsOutEveryC0AndC1ControlAndDel() {
        assertThat(ShownText.of("a\u001b[2Jb\u0007c\rd\ne\tf\u0000g\u007fh\u009bi"))
                .isEqualTo("a\\e[2Jb\\u0007c\\rd\\ne\\tf\\u0000g\\u007fh\\u009bi");
    }

    @Test
    void spellsOutWhatReordersOrBreaksTheShownTextWithoutBeingAControl() {
        assertThat(ShownText.of("Admin\u202e.java\u2066x\u2069\u2028y\u200f"))
                .isEqualTo("Admin\\u202e.java\\u2066x\\u2069\\u2028y\\u200f");
    }

    @Test
    void leavesPrintableTextAlone() {
        assertThat(ShownText.of("src/Caf\u00e9 \u65e5\u672c/\\e.java")).isEqualTo("src/Caf\u00e9 \u65e5\u672c/\\e.java");
        assertThat(ShownText.of(null)).isNull();
    }

    @Test
    void masksASecretBeforeItsNeighbouringControlIsSpelledOut() {
        assertThat(ShownText.of("x\n" + FakeSecrets.GITHUB_TOKEN)).isEqualTo("x\\nghp_\u2026(40 chars)");
        assertThat(ShownText.of(ShownText.of("x\n" + FakeSecrets.GITHUB_TOKEN))).isEqualTo("x\\nghp_\u2026(40 chars)");
    }

    @Test
    void aMessageKeepsItsLineBreaksAsSpacesAndSpellsOutTheRest() {
        assertThat(ShownText.ofMessage("Parse error.\r\n   Found <EOF>\u0007")).isEqualTo("Parse error. Found <EOF>\\u0007");
    }

    @Test
    void markdownAndHtmlEscapeTheTextAsShown() {
        assertThat(MarkdownText.escape("a\u001b[1m_b")).isEqualTo("a\\\\e\\[1m\\_b");
        assertThat(MarkdownText.code("feature/`x`\n")).isEqualTo("feature/'x'\\n");
        assertThat(Html.escape("<b>\u0007" + FakeSecrets.AWS_KEY_ID)).isEqualTo("&lt;b&gt;\\u0007AKIA\u2026(20 chars)");
    }

    @Test
    void markdownLeavesGitHubNoMentionAndNoIssueReferenceToLink() {
        assertThat(MarkdownText.escape("ping @octocat and @acme/team about #12, acme/shop#3 and gh-7; mail a@b.c"))
                .isEqualTo("ping @\u200Doctocat and @\u200Dacme/team about \\#\u200D12, acme/shop\\#\u200D3 and "
                        + "gh-\u200D7; mail a@\u200Db.c");
        assertThat(MarkdownText.escape("#L12 @ GH-x")).isEqualTo("\\#L12 @ GH-x");
    }
}
