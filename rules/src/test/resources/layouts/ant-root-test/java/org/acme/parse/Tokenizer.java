package org.acme.parse;

/** Splits text into words. */
public class Tokenizer {
    /** The words of the text, split on white space. */
    public String[] words(String text) {
        return text.trim().split("\\s+");
    }
}
