package dev.readiness.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into {@link YamlNode}s with positions, from Jackson's streaming parser: tags are refused
 * (no Java object is ever constructed from one, and no value means anything but what it says), aliases are refused
 * (no expansion bombs), duplicate keys and a second document are errors.
 */
final class YamlTreeReader {

    static final int MAX_DEPTH = 50;

    private static final YAMLFactory FACTORY = new YAMLFactory();
    /** How the parser spells YAML's own tags ("!!str" is "tag:yaml.org,2002:str"). */
    private static final String STANDARD_TAG_PREFIX = "tag:yaml.org,2002:";

    private final String file;
    private final YAMLParser parser;

    private YamlTreeReader(String file, YAMLParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** The document's root, empty when the text holds no document (empty, only comments). */
    static Optional<YamlNode> read(String file, String text) throws ConfigException {
        try (YAMLParser parser = FACTORY.createParser(text)) {
            YamlTreeReader reader = new YamlTreeReader(file, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            YamlNode root = reader.value(first, 0);
            if (parser.nextToken() != null) {
                throw reader.error(reader.position(), "a second YAML document ('---'): the file holds one document");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e);
        } catch (IOException e) {
            throw new ConfigException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private YamlNode value(JsonToken token, int depth) throws IOException, ConfigException {
        if (depth > MAX_DEPTH) {
            throw error(position(), "nested more than " + MAX_DEPTH + " levels deep");
        }
        String tag = parser.getTypeId();
        if (tag != null) {
            String written = tag.startsWith(STANDARD_TAG_PREFIX) ? "!!" + tag.substring(STANDARD_TAG_PREFIX.length())
                    : "!" + tag;
            throw error(position(), "YAML tags (" + written + ") are not supported: write the plain value");
        }
        return switch (token) {
            case START_OBJECT -> mapping(depth);
            case START_ARRAY -> sequence(depth);
            case VALUE_STRING -> string();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(YamlNode.ScalarType.NUMBER);
            case VALUE_TRUE, VALUE_FALSE -> scalar(YamlNode.ScalarType.BOOLEAN);
            case VALUE_NULL -> scalar(YamlNode.ScalarType.NULL);
            default -> throw error(position(), "unsupported YAML value (" + token + ")");
        };
    }

    private YamlNode mapping(int depth) throws IOException, ConfigException {
        Position start = position();
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String key = parser.currentName();
            Position keyPosition = position();
            YamlNode.Entry first = entries.get(key);
            if (first != null) {
                throw error(keyPosition, "duplicate key '" + key + "' (first at " + first.keyPosition() + ")");
            }
            YamlNode value = value(parser.nextToken(), depth + 1);
            entries.put(key, new YamlNode.Entry(key, keyPosition, value));
        }
        return new YamlNode.Mapping(start, entries);
    }

    private YamlNode sequence(int depth) throws IOException, ConfigException {
        Position start = position();
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(value(token, depth + 1));
        }
        return new YamlNode.Sequence(start, items);
    }

    private YamlNode string() throws IOException, ConfigException {
        if (parser.isCurrentAlias()) {
            throw error(position(), "YAML aliases (*" + parser.getText() + ") are not supported: repeat the value");
        }
        return scalar(YamlNode.ScalarType.STRING);
    }

    private YamlNode scalar(YamlNode.ScalarType type) throws IOException {
        return new YamlNode.Scalar(position(), parser.getText(), type);
    }

    private Position position() {
        JsonLocation location = parser.currentTokenLocation();
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private ConfigException error(Position position, String problem) {
        return new ConfigException(file, position, problem);
    }

    /** SnakeYAML's multi-line message, reduced to one line at the position of the problem itself. */
    private static ConfigException syntaxError(String file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String problem = "YAML syntax error: " + oneLine(marked.getProblem());
            if (marked.getContext() != null && marked.getContextMark() != null) {
                Mark context = marked.getContextMark();
                problem += " (" + oneLine(marked.getContext()) + " at "
                        + new Position(context.getLine() + 1, context.getColumn() + 1) + ")";
            }
            return new ConfigException(file, new Position(mark.getLine() + 1, mark.getColumn() + 1), problem);
        }
        JsonLocation location = e.getLocation();
        Position position = location == null ? Position.START
                : new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
        return new ConfigException(file, position, "YAML syntax error: " + oneLine(e.getOriginalMessage()));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
