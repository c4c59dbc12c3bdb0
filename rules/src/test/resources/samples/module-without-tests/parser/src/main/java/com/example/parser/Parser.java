package com.example.parser;

public class Parser {
    public int depth(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : 0;
        }
        return depth;
    }
}
