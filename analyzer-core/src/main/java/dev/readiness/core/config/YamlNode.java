package dev.readiness.core.config;

import java.util.List;
import java.util.Map;

/** A YAML value with where it starts: only mappings, sequences and scalars, never an arbitrary Java type. */
sealed interface YamlNode {

    Position position();

    /** How the node is called in messages ("a mapping", "a number", ...). */
    String kind();

    /** A mapping in file order; every key's position is kept for messages. */
    record Mapping(Position position, Map<String, Entry> entries) implements YamlNode {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** One key of a mapping with its value. */
    record Entry(String key, Position keyPosition, YamlNode value) {
    }

    record Sequence(Position position, List<YamlNode> items) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A scalar; {@code type} tells strings from numbers, booleans and null. */
    record Scalar(Position position, String text, ScalarType type) implements YamlNode {
        @Override
        public String kind() {
            return type.description();
        }

        boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    enum ScalarType {
        STRING("a string"), NUMBER("a number"), BOOLEAN("a boolean"), NULL("empty (null)");

        private final String description;

        ScalarType(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }
}
