package com.example.text;

/** An abstract base whose logic runs in the tests of its subclasses: reached, not reported. */
public abstract class CodeTranslator {

    public String translate(String input) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < input.length(); i++) {
            out.append(translate(input.codePointAt(i)));
        }
        return out.toString();
    }

    protected abstract String translate(int codePoint);
}
