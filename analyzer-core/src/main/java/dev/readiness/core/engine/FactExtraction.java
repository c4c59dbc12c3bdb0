package dev.readiness.core.engine;

import dev.readiness.core.cache.ContentCache;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.rule.FactExtractor;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.JavaFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fact extractors the active rules declare, each run on the files of its rule's scope. Facts read back from the
 * cache come as plain JSON values; {@link #retype} turns them into their records again, and drops facts no active
 * extractor declares (no class is ever loaded by a name read from the cache).
 */
final class FactExtraction {

    private record Scoped(FactExtractor<?> extractor, ActiveRule rule) {
    }

    private final List<Scoped> extractors;
    private final Map<String, Class<? extends Record>> types;

    private FactExtraction(List<Scoped> extractors) {
        this.extractors = List.copyOf(extractors);
        Map<String, Class<? extends Record>> byName = new LinkedHashMap<>();
        extractors.forEach(scoped -> byName.put(scoped.extractor().type().getName(), scoped.extractor().type()));
        this.types = byName;
    }

    /** The extractors of {@code rules}, one per fact type (the first rule declaring it decides nothing else). */
    static FactExtraction of(List<ActiveRule> rules) {
        List<Scoped> extractors = new ArrayList<>();
        for (ActiveRule rule : rules) {
            rule.type().factExtractors().forEach(extractor -> extractors.add(new Scoped(extractor, rule)));
        }
        return new FactExtraction(extractors);
    }

    /** What the extractors judging files of {@code file}'s kind take from its tree, by record class name. */
    Map<String, Object> extract(JavaFile file) {
        FileKind kind = file.file().kind();
        Map<String, Object> facts = new TreeMap<>();
        for (Scoped scoped : extractors) {
            if (scoped.rule().judges(kind) && !facts.containsKey(scoped.extractor().type().getName())) {
                Object extracted = scoped.extractor().extract(file);
                if (extracted != null) {
                    facts.put(scoped.extractor().type().getName(), extracted);
                }
            }
        }
        return facts;
    }

    /** {@code facts} as read from the cache, with each declared fact turned back into its record. */
    FileFacts retype(FileFacts facts) {
        if (facts == null || facts.extracted().isEmpty()) {
            return facts;
        }
        Map<String, Object> typed = new TreeMap<>();
        facts.extracted().forEach((name, value) -> {
            Class<? extends Record> type = types.get(name);
            if (type != null) {
                typed.put(name, ContentCache.retype(value, type));
            }
        });
        return facts.withExtracted(typed);
    }
}
