package dev.readiness.core.report;

import dev.readiness.core.analysis.FileRoleSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain-text table of how files got their roles, for {@code readiness explain --roles}. */
public final class RoleText {

    private RoleText() {
    }

    public static List<String> lines(List<FileRoleSummary> decisions) {
        List<String> lines = new ArrayList<>();
        int rootWidth = Math.min(60, decisions.stream().mapToInt(decision -> shown(decision.root()).length())
                .max().orElse(4));
        lines.add(String.format(Locale.ROOT, "%-" + rootWidth + "s  %-12s %6s  %s", "root", "role", "files", "decided by"));
        for (FileRoleSummary decision : decisions) {
            lines.add(String.format(Locale.ROOT, "%-" + rootWidth + "s  %-12s %6d  %s", shown(decision.root()),
                    decision.role(), decision.files(), printable(decision.reason())));
        }
        return lines;
    }

    private static String shown(String root) {
        return root.isEmpty() ? "." : printable(root);
    }

    /** Control characters from file names never reach the terminal as such. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
