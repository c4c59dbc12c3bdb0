package dev.readiness.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.secrets.SecretMasking;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Serialises report trees the same way on every machine: insertion-ordered {@link ObjectNode}s, two-space
 * indent, {@code "\n"} line endings whatever the platform, {@code "key": value}, UTF-8 and a trailing newline.
 * The platform line separator would otherwise make Windows and Linux outputs differ. Every text and name is written
 * with its secrets masked: the JSON and SARIF reports, the HTML report's data and the baseline carry paths, branch
 * and author names from the scanned repository (Jackson escapes their control characters).
 */
public final class JsonOutput {

    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final ObjectWriter WRITER = createWriter();
    private static final ObjectWriter COMPACT = new ObjectMapper().writer();

    private JsonOutput() {
    }

    /** A new, empty JSON object node. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A ratio with three decimals, so runs compare byte for byte; NaN (no measure could be taken) is null. */
    public static void putRatio(ObjectNode node, String name, double value) {
        node.set(name, ratio(value));
    }

    /** Score points with one decimal, as the scores themselves are written. */
    public static void putOneDecimal(ObjectNode node, String name, double value) {
        node.put(name, new BigDecimal(String.format(Locale.ROOT, "%.1f", value)).setScale(1, RoundingMode.HALF_UP));
    }

    /** A ratio with three decimals as a node; NaN is a JSON null. */
    public static JsonNode ratio(double value) {
        return Double.isNaN(value) ? NODES.nullNode()
                : NODES.numberNode(new BigDecimal(String.format(Locale.ROOT, "%.3f", value)).setScale(3, RoundingMode.HALF_UP));
    }

    /** The tree as UTF-8 JSON bytes, the same bytes for the same tree (reports must be byte-identical). */
    public static byte[] toBytes(JsonNode tree) {
        try {
            String text = WRITER.writeValueAsString(masked(tree)) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serialises; failing here is a bug, not an input problem.
            throw new UncheckedIOException(e);
        }
    }

    /** The tree as UTF-8 JSON without whitespace, for data embedded in another document. */
    public static byte[] toCompactBytes(JsonNode tree) {
        try {
            return COMPACT.writeValueAsBytes(masked(tree));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of {@code tree} with the secrets of every text and field name masked ({@link SecretMasking#inText}).
     * Masked in the tree, not in the written JSON, where an escape just before a secret (a new line written as
     * backslash and n) would hide it from the patterns.
     */
    public static JsonNode masked(JsonNode tree) {
        if (tree.isTextual()) {
            return NODES.textNode(SecretMasking.inText(tree.textValue()));
        }
        if (tree.isArray()) {
            ArrayNode copy = NODES.arrayNode(tree.size());
            tree.forEach(element -> copy.add(masked(element)));
            return copy;
        }
        if (tree.isObject()) {
            ObjectNode copy = NODES.objectNode();
            for (Map.Entry<String, JsonNode> field : tree.properties()) {
                copy.set(SecretMasking.inText(field.getKey()), masked(field.getValue()));
            }
            return copy;
        }
        return tree;
    }

    private static ObjectWriter createWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return new ObjectMapper().writer(printer);
    }
}
