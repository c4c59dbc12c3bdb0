package com.example;

import java.util.ArrayList;
import java.util.List;

/** The same size and brain methods, but every method works on the same rows: cohesive. */
public class CohesiveEngine {

    private final List<Integer> rows = new ArrayList<>();

    public int summarize(int input) {
        int result = 0;
        for (int i = 0; i < input; i++) {
            if (i % 2 == 0) {
                if (rows.size() > i) {
                    result += i;
                }
            }
        }
        if (input > 2) {
            result += 0;
        }
        if (input > 3) {
            result += 1;
        }
        if (input > 4) {
            result += 2;
        }
        if (input > 5) {
            result += 3;
        }
        if (input > 6) {
            result += 4;
        }
        if (input > 7) {
            result += 5;
        }
        if (input > 8) {
            result += 6;
        }
        if (input > 9) {
            result += 7;
        }
        result = result * 31 + rows.size() + 0;
        result = result * 31 + rows.size() + 1;
        result = result * 31 + rows.size() + 2;
        result = result * 31 + rows.size() + 3;
        result = result * 31 + rows.size() + 4;
        result = result * 31 + rows.size() + 5;
        result = result * 31 + rows.size() + 6;
        result = result * 31 + rows.size() + 7;
        result = result * 31 + rows.size() + 8;
        result = result * 31 + rows.size() + 9;
        result = result * 31 + rows.size() + 10;
        result = result * 31 + rows.size() + 11;
        result = result * 31 + rows.size() + 12;
        result = result * 31 + rows.size() + 13;
        result = result * 31 + rows.size() + 14;
        result = result * 31 + rows.size() + 15;
        result = result * 31 + rows.size() + 16;
        result = result * 31 + rows.size() + 17;
        result = result * 31 + rows.size() + 18;
        result = result * 31 + rows.size() + 19;
        result = result * 31 + rows.size() + 20;
        result = result * 31 + rows.size() + 21;
        result = result * 31 + rows.size() + 22;
        result = result * 31 + rows.size() + 23;
        result = result * 31 + rows.size() + 24;
        result = result * 31 + rows.size() + 25;
        result = result * 31 + rows.size() + 26;
        result = result * 31 + rows.size() + 27;
        result = result * 31 + rows.size() + 28;
        result = result * 31 + rows.size() + 29;
        result = result * 31 + rows.size() + 30;
        result = result * 31 + rows.size() + 31;
        result = result * 31 + rows.size() + 32;
        result = result * 31 + rows.size() + 33;
        result = result * 31 + rows.size() + 34;
        result = result * 31 + rows.size() + 35;
        result = result * 31 + rows.size() + 36;
        result = result * 31 + rows.size() + 37;
        result = result * 31 + rows.size() + 38;
        result = result * 31 + rows.size() + 39;
        result = result * 31 + rows.size() + 40;
        result = result * 31 + rows.size() + 41;
        result = result * 31 + rows.size() + 42;
        result = result * 31 + rows.size() + 43;
        result = result * 31 + rows.size() + 44;
        return result;
    }

    public int reconcile(int input) {
        int result = 0;
        for (int i = 0; i < input; i++) {
            if (i % 2 == 0) {
                if (rows.size() > i) {
                    result += i;
                }
            }
        }
        if (input > 2) {
            result += 0;
        }
        if (input > 3) {
            result += 1;
        }
        if (input > 4) {
            result += 2;
        }
        if (input > 5) {
            result += 3;
        }
        if (input > 6) {
            result += 4;
        }
        if (input > 7) {
            result += 5;
        }
        if (input > 8) {
            result += 6;
        }
        if (input > 9) {
            result += 7;
        }
        result = result * 31 + rows.size() + 0;
        result = result * 31 + rows.size() + 1;
        result = result * 31 + rows.size() + 2;
        result = result * 31 + rows.size() + 3;
        result = result * 31 + rows.size() + 4;
        result = result * 31 + rows.size() + 5;
        result = result * 31 + rows.size() + 6;
        result = result * 31 + rows.size() + 7;
        result = result * 31 + rows.size() + 8;
        result = result * 31 + rows.size() + 9;
        result = result * 31 + rows.size() + 10;
        result = result * 31 + rows.size() + 11;
        result = result * 31 + rows.size() + 12;
        result = result * 31 + rows.size() + 13;
        result = result * 31 + rows.size() + 14;
        result = result * 31 + rows.size() + 15;
        result = result * 31 + rows.size() + 16;
        result = result * 31 + rows.size() + 17;
        result = result * 31 + rows.size() + 18;
        result = result * 31 + rows.size() + 19;
        result = result * 31 + rows.size() + 20;
        result = result * 31 + rows.size() + 21;
        result = result * 31 + rows.size() + 22;
        result = result * 31 + rows.size() + 23;
        result = result * 31 + rows.size() + 24;
        result = result * 31 + rows.size() + 25;
        result = result * 31 + rows.size() + 26;
        result = result * 31 + rows.size() + 27;
        result = result * 31 + rows.size() + 28;
        result = result * 31 + rows.size() + 29;
        result = result * 31 + rows.size() + 30;
        result = result * 31 + rows.size() + 31;
        result = result * 31 + rows.size() + 32;
        result = result * 31 + rows.size() + 33;
        result = result * 31 + rows.size() + 34;
        result = result * 31 + rows.size() + 35;
        result = result * 31 + rows.size() + 36;
        result = result * 31 + rows.size() + 37;
        result = result * 31 + rows.size() + 38;
        result = result * 31 + rows.size() + 39;
        result = result * 31 + rows.size() + 40;
        result = result * 31 + rows.size() + 41;
        result = result * 31 + rows.size() + 42;
        result = result * 31 + rows.size() + 43;
        result = result * 31 + rows.size() + 44;
        return result;
    }

    public int title(int input) {
        int result = 0;
        if (input > 0) {
            result += rows.size() + 0;
        }
        if (input > 1) {
            result += rows.size() + 1;
        }
        if (input > 2) {
            result += rows.size() + 2;
        }
        if (input > 3) {
            result += rows.size() + 3;
        }
        if (input > 4) {
            result += rows.size() + 4;
        }
        if (input > 5) {
            result += rows.size() + 5;
        }
        if (input > 6) {
            result += rows.size() + 6;
        }
        if (input > 7) {
            result += rows.size() + 7;
        }
        result += rows.size() * 2;
        result += rows.size() * 3;
        result += rows.size() * 4;
        result += rows.size() * 5;
        result += rows.size() * 6;
        result += rows.size() * 7;
        return result;
    }

    public int footer(int input) {
        int result = 0;
        if (input > 0) {
            result += rows.size() + 0;
        }
        if (input > 1) {
            result += rows.size() + 1;
        }
        if (input > 2) {
            result += rows.size() + 2;
        }
        if (input > 3) {
            result += rows.size() + 3;
        }
        if (input > 4) {
            result += rows.size() + 4;
        }
        if (input > 5) {
            result += rows.size() + 5;
        }
        if (input > 6) {
            result += rows.size() + 6;
        }
        if (input > 7) {
            result += rows.size() + 7;
        }
        result += rows.size() * 2;
        result += rows.size() * 3;
        result += rows.size() * 4;
        result += rows.size() * 5;
        result += rows.size() * 6;
        result += rows.size() * 7;
        return result;
    }

    public int rowCount(int input) {
        int result = 0;
        if (input > 0) {
            result += rows.size() + 0;
        }
        if (input > 1) {
            result += rows.size() + 1;
        }
        if (input > 2) {
            result += rows.size() + 2;
        }
        if (input > 3) {
            result += rows.size() + 3;
        }
        if (input > 4) {
            result += rows.size() + 4;
        }
        if (input > 5) {
            result += rows.size() + 5;
        }
        if (input > 6) {
            result += rows.size() + 6;
        }
        if (input > 7) {
            result += rows.size() + 7;
        }
        result += rows.size() * 2;
        result += rows.size() * 3;
        result += rows.size() * 4;
        result += rows.size() * 5;
        result += rows.size() * 6;
        result += rows.size() * 7;
        return result;
    }
}
