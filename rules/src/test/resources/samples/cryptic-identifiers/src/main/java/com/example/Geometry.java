package com.example;

import java.util.List;
import java.util.function.BinaryOperator;

public class Geometry {

    private int x;
    private int y;
    private String tmp; // expect: context/cryptic-identifiers "Field 'tmp' says nothing"
    private final List<String> data2 = List.of(); // expect: context/cryptic-identifiers "Field 'data2' says nothing"
    private double q; // expect: context/cryptic-identifiers "Field 'q' says nothing"
    private final String label = "point";
    private static final int V2 = 2;

    Geometry(int x, int y) {
        this.x = x;
        this.y = y;
    }

    Geometry(String s, Integer t) { // expect: context/cryptic-identifiers "Constructor 'Geometry' has parameters named s, t"
        this(s.length(), t);
    }

    int foo() { // expect: context/cryptic-identifiers "Method 'foo' says nothing"
        return x + y;
    }

    int merge(Object obj, String val) { // expect: context/cryptic-identifiers "Method 'merge' has parameters named obj, val"
        return obj.hashCode() + val.hashCode();
    }

    // near misses below: one cryptic parameter, conventional letters, loops, lambdas, catch, overrides

    boolean sameLabel(Object o) {
        return label.equals(o);
    }

    int area(int x, int y, int width) {
        int total = 0;
        for (int i = 0; i < width; i++) {
            total += x * y;
        }
        BinaryOperator<Integer> add = (a, b) -> a + b;
        try {
            return add.apply(total, 0);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    String describe(String str, int precision) {
        return str + precision;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Geometry g && g.x == x;
    }

    @Override
    public int hashCode() {
        return x;
    }
}
