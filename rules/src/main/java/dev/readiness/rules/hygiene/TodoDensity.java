package dev.readiness.rules.hygiene;

import com.github.javaparser.ast.comments.Comment;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FindingSink;
import dev.readiness.core.rule.JavaFileRule;
import dev.readiness.core.rule.Level;
import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Precision;
import dev.readiness.core.rule.Region;
import dev.readiness.core.rule.RuleDefinition;
import dev.readiness.core.source.JavaFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Production files dense with TODO / FIXME / XXX / HACK comments: at least {@link #MIN_MARKERS} markers and
 * more than {@link #MAX_MARKERS_PER_KLOC} per thousand lines of code. A note repeated word for word (an IDE's
 * "TODO Auto-generated method stub", one reminder copied onto every overload) is one piece of work, counted once. FIXME and HACK say the code is known
 * to be wrong, so a file with {@link #MIN_MARKERS} of those alone is a warning; otherwise a note.
 */
@RuleDefinition(
        id = "hygiene/todo-density",
        summary = "File has many TODO / FIXME / HACK comments for its size.",
        description = "Reports production files with at least " + TodoDensity.MIN_MARKERS + " TODO / FIXME / XXX / HACK comment markers and "
                + "more than " + (int) TodoDensity.MAX_MARKERS_PER_KLOC + " per thousand lines of code. Each marks "
                + "known unfinished or wrong code; an agent cannot tell which of them still matter and may build "
                + "on the unfinished parts.",
        level = Level.NOTE,
        precision = Precision.HIGH,
        scope = FileKind.PRODUCTION,
        tags = {"hygiene", "technical-debt", "maintainability", "ai-readiness"}
)
public final class TodoDensity implements JavaFileRule {

    /** Markers per thousand lines of code above which a file is reported. */
    static final double MAX_MARKERS_PER_KLOC = 5.0;
    /** Fewer markers are a normal amount of noted work, however small the file. */
    static final int MIN_MARKERS = 3;

    /** Upper case as written by convention (and by IDEs); "xxx" in prose or placeholders is not a marker. */
    private static final Pattern MARKER = Pattern.compile("\\b(TODO|FIXME|XXX|HACK)\\b");

    /**
     * A marker and the words after it, lower case with single spaces: the same note copied is counted once; bare
     * markers without words may each mean something else and all count.
     */
    private record Marker(String word, int line, String note) {
    }

    @Override
    public void check(JavaFile file, FindingSink sink) {
        List<Marker> markers = markers(file);
        int linesOfCode = Math.max(1, file.codeLines().total());
        double perKloc = markers.size() * 1000.0 / linesOfCode;
        if (markers.size() < MIN_MARKERS || perKloc <= MAX_MARKERS_PER_KLOC) {
            return;
        }
        Map<String, Long> byWord = markers.stream()
                .collect(Collectors.groupingBy(Marker::word, TreeMap::new, Collectors.counting()));
        long severe = byWord.getOrDefault("FIXME", 0L) + byWord.getOrDefault("HACK", 0L);
        String counts = byWord.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
        String message = String.format(Locale.ROOT, "%d to-do markers (%s) in %d lines of code, %.1f per thousand "
                        + "(threshold %.0f): resolve them or move them to the issue tracker, so agents do not build "
                        + "on code known to be unfinished or wrong.", markers.size(), counts, linesOfCode, perKloc,
                MAX_MARKERS_PER_KLOC);
        Location first = Location.of(file.path(), Region.line(markers.get(0).line()), "");
        sink.report(severe >= MIN_MARKERS ? Level.WARNING : Level.NOTE, first, message, List.of());
    }

    private static List<Marker> markers(JavaFile file) {
        List<Marker> markers = new ArrayList<>();
        for (Comment comment : file.unit().getAllComments()) {
            int firstLine = comment.getRange().map(range -> range.begin.line).orElse(1);
            String[] lines = comment.getContent().split("\\R", -1);
            for (int offset = 0; offset < lines.length; offset++) {
                Matcher matcher = MARKER.matcher(lines[offset]);
                if (matcher.find()) {
                    String note = lines[offset].substring(matcher.end()).strip().replaceAll("\\s+", " ")
                            .toLowerCase(Locale.ROOT);
                    markers.add(new Marker(matcher.group(1), firstLine + offset, note));
                }
            }
        }
        markers.sort((a, b) -> Integer.compare(a.line(), b.line()));
        Set<List<String>> seen = new HashSet<>();
        return markers.stream().filter(marker -> !marker.note().matches(".*\\w.*")
                || seen.add(List.of(marker.word(), marker.note()))).toList();
    }
}
