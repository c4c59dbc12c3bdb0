package dev.readiness.core.report;

import dev.readiness.core.analysis.FileRoleSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain-text table of how files got their roles, for {@code readiness explain --roles}; roots as shown. */
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
                    decision.role(), decision.files(), ShownText.of(decision.reason())));
        }
        return lines;
    }

    private static String shown(String root) {
        return root.isEmpty() ? "." : ShownText.of(root);
    }
}
