package com.example.text;

public class UnicodeEscaper extends CodeTranslator {

    @Override
    protected String translate(int codePoint) {
        if (codePoint < 128) {
            return String.valueOf((char) codePoint);
        }
        return String.format("\\u%04x", codePoint);
    }
}
