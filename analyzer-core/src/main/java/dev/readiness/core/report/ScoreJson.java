package dev.readiness.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.score.CategoryScore;
import dev.readiness.core.score.ReadinessLevel;
import dev.readiness.core.score.ReadinessScore;
import dev.readiness.core.score.ScoreInput;

/** The {@code score} object of the JSON report (docs/json-format.md) and the score in SARIF's run properties. */
final class ScoreJson {

    private ScoreJson() {
    }

    static ObjectNode of(ReadinessScore score) {
        ObjectNode node = JsonOutput.object();
        node.put("overall", score.overall());
        node.put("level", score.level().map(ReadinessLevel::label).orElse(null));
        score.biggestDrag().ifPresentOrElse(drag -> {
            ObjectNode biggest = node.putObject("biggestDrag");
            biggest.put("category", drag.category());
            biggest.put("points", drag.points());
        }, () -> node.putNull("biggestDrag"));
        ArrayNode categories = node.putArray("categories");
        score.categories().forEach(category -> categories.add(category(category)));
        return node;
    }

    /** SARIF: the overall score, its level and each category's score (null when not measured). */
    static void addToSarifProperties(ReadinessScore score, ObjectNode properties) {
        properties.put("readinessScore", score.overall());
        properties.put("readinessLevel", score.level().map(ReadinessLevel::label).orElse(null));
        ObjectNode categories = properties.putObject("readinessCategories");
        score.categories().forEach(category -> categories.put(category.category(), category.score()));
    }

    private static ObjectNode category(CategoryScore category) {
        ObjectNode node = JsonOutput.object();
        node.put("id", category.category());
        node.put("score", category.score());
        if (category.reason() != null) {
            node.put("reason", category.reason());
        }
        node.put("weight", category.weight());
        ArrayNode inputs = node.putArray("inputs");
        for (ScoreInput input : category.inputs()) {
            ObjectNode item = inputs.addObject();
            item.put("name", input.name());
            item.put("value", input.value());
            item.put("effect", input.effect());
        }
        return node;
    }
}
