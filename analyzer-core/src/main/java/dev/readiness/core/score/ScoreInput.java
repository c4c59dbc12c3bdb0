package dev.readiness.core.score;

/**
 * One measured quantity behind a category score: its name, its value (null when it could not be measured)
 * and, in plain words, how it moved the score.
 */
public record ScoreInput(String name, Double value, String effect) {
}
