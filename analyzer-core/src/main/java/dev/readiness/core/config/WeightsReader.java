package dev.readiness.core.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the {@code weights} section: score category → weight from 0 to {@link #MAX_WEIGHT}, at least one of them
 * positive. The bound keeps the weighted mean finite: six weights near {@code Double.MAX_VALUE} sum to infinity.
 */
final class WeightsReader {

    static final String SECTION = "weights";
    /** A thousand times the default weight of 1: far more than any real preference needs. */
    static final int MAX_WEIGHT = 1000;

    private WeightsReader() {
    }

    static Map<String, Double> read(YamlNode node, NodeReader reader) throws ConfigException {
        YamlNode.Mapping mapping = reader.mapping(node, SECTION, Category.ids());
        Map<String, Double> weights = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries().values()) {
            String path = SECTION + "." + entry.key();
            double weight = reader.number(entry.value(), path);
            if (weight < 0 || weight > MAX_WEIGHT) {
                throw reader.error(entry.value().position(), path + " must be between 0 and " + MAX_WEIGHT + ", not "
                        + ((YamlNode.Scalar) entry.value()).text());
            }
            weights.put(entry.key(), weight);
        }
        boolean allZero = weights.values().stream().allMatch(weight -> weight == 0);
        if (allZero && weights.size() == Category.values().length) {
            throw reader.error(mapping.position(), SECTION + ": at least one category needs a positive weight");
        }
        return weights;
    }
}
