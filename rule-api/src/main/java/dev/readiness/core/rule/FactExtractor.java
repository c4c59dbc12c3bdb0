package dev.readiness.core.rule;

import dev.readiness.core.source.JavaFile;

/**
 * Takes the per-file facts one repository rule needs from a parse tree, while the tree exists: trees are dropped after
 * parsing and never cached. A rule names its extractors in {@link RuleDefinition#facts()}; the engine runs them on every
 * parsed file of the rule's scope, keeps the facts with the file's other facts (cached by content, so a rescan does not
 * parse again) and hands them back through {@link dev.readiness.core.source.FileFacts#extracted(Class)}. The facts are
 * a record of plain values (strings, numbers, booleans, lists and records of them), so the cache can store them.
 * Implementations have a no-argument constructor and no state.
 */
public interface FactExtractor<T extends Record> {

    /** The record the facts are, which is also their key: one extractor per type. */
    Class<T> type();

    /** The facts of {@code file}, null when it has none worth keeping. */
    T extract(JavaFile file);
}
