package dev.readiness.core.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Typed access to the fields of one JSON scan report by JSON pointer; a field that is missing or of the wrong type
 * stops the portfolio with the file and the field's pointer, since a report cut short would give wrong totals.
 */
final class ReportFields {

    private final JsonNode root;
    private final String file;

    ReportFields(JsonNode root, String file) {
        this.root = root;
        this.file = file;
    }

    JsonNode node(String pointer) {
        return root.at(pointer);
    }

    String text(String pointer) throws PortfolioException {
        JsonNode node = root.at(pointer);
        if (!node.isTextual()) {
            throw incomplete(pointer, "a string");
        }
        return node.textValue();
    }

    /** A string or null (JSON null or absent). */
    String optionalText(String pointer) throws PortfolioException {
        JsonNode node = root.at(pointer);
        return node.isNull() || node.isMissingNode() ? null : text(pointer);
    }

    /** A number or null (JSON null or absent). */
    Double optionalNumber(String pointer) throws PortfolioException {
        JsonNode node = root.at(pointer);
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        return number(pointer);
    }

    double number(String pointer) throws PortfolioException {
        JsonNode node = root.at(pointer);
        if (!node.isNumber()) {
            throw incomplete(pointer, "a number");
        }
        return node.doubleValue();
    }

    int count(String pointer) throws PortfolioException {
        JsonNode node = root.at(pointer);
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            throw incomplete(pointer, "a count");
        }
        return node.intValue();
    }

    int size(String pointer) throws PortfolioException {
        JsonNode node = root.at(pointer);
        if (!node.isArray()) {
            throw incomplete(pointer, "a list");
        }
        return node.size();
    }

    /** An ISO-8601 instant or null. */
    Instant optionalInstant(String pointer) throws PortfolioException {
        String text = optionalText(pointer);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw incomplete(pointer, "a time (ISO-8601, UTC)");
        }
    }

    PortfolioException incomplete(String pointer, String expected) {
        return new PortfolioException(file + ": not a complete scan report: " + pointer + " is not " + expected);
    }
}
