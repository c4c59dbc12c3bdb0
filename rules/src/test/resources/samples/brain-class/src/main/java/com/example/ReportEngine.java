package com.example;

import java.util.ArrayList;
import java.util.List;

/** Two brain methods in a large, complex, non-cohesive class. */
public class ReportEngine { // expect: modularity/brain-class

    private final List<Integer> rows = new ArrayList<>();
    private final List<Integer> totals = new ArrayList<>();
    private final List<Integer> titles = new ArrayList<>();
    private final List<Integer> footers = new ArrayList<>();

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
                if (totals.size() > i) {
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
        result = result * 31 + totals.size() + 0;
        result = result * 31 + totals.size() + 1;
        result = result * 31 + totals.size() + 2;
        result = result * 31 + totals.size() + 3;
        result = result * 31 + totals.size() + 4;
        result = result * 31 + totals.size() + 5;
        result = result * 31 + totals.size() + 6;
        result = result * 31 + totals.size() + 7;
        result = result * 31 + totals.size() + 8;
        result = result * 31 + totals.size() + 9;
        result = result * 31 + totals.size() + 10;
        result = result * 31 + totals.size() + 11;
        result = result * 31 + totals.size() + 12;
        result = result * 31 + totals.size() + 13;
        result = result * 31 + totals.size() + 14;
        result = result * 31 + totals.size() + 15;
        result = result * 31 + totals.size() + 16;
        result = result * 31 + totals.size() + 17;
        result = result * 31 + totals.size() + 18;
        result = result * 31 + totals.size() + 19;
        result = result * 31 + totals.size() + 20;
        result = result * 31 + totals.size() + 21;
        result = result * 31 + totals.size() + 22;
        result = result * 31 + totals.size() + 23;
        result = result * 31 + totals.size() + 24;
        result = result * 31 + totals.size() + 25;
        result = result * 31 + totals.size() + 26;
        result = result * 31 + totals.size() + 27;
        result = result * 31 + totals.size() + 28;
        result = result * 31 + totals.size() + 29;
        result = result * 31 + totals.size() + 30;
        result = result * 31 + totals.size() + 31;
        result = result * 31 + totals.size() + 32;
        result = result * 31 + totals.size() + 33;
        result = result * 31 + totals.size() + 34;
        result = result * 31 + totals.size() + 35;
        result = result * 31 + totals.size() + 36;
        result = result * 31 + totals.size() + 37;
        result = result * 31 + totals.size() + 38;
        result = result * 31 + totals.size() + 39;
        result = result * 31 + totals.size() + 40;
        result = result * 31 + totals.size() + 41;
        result = result * 31 + totals.size() + 42;
        result = result * 31 + totals.size() + 43;
        result = result * 31 + totals.size() + 44;
        return result;
    }

    public int title(int input) {
        int result = 0;
        if (input > 0) {
            result += titles.size() + 0;
        }
        if (input > 1) {
            result += titles.size() + 1;
        }
        if (input > 2) {
            result += titles.size() + 2;
        }
        if (input > 3) {
            result += titles.size() + 3;
        }
        if (input > 4) {
            result += titles.size() + 4;
        }
        if (input > 5) {
            result += titles.size() + 5;
        }
        if (input > 6) {
            result += titles.size() + 6;
        }
        if (input > 7) {
            result += titles.size() + 7;
        }
        result += titles.size() * 2;
        result += titles.size() * 3;
        result += titles.size() * 4;
        result += titles.size() * 5;
        result += titles.size() * 6;
        result += titles.size() * 7;
        return result;
    }

    public int footer(int input) {
        int result = 0;
        if (input > 0) {
            result += footers.size() + 0;
        }
        if (input > 1) {
            result += footers.size() + 1;
        }
        if (input > 2) {
            result += footers.size() + 2;
        }
        if (input > 3) {
            result += footers.size() + 3;
        }
        if (input > 4) {
            result += footers.size() + 4;
        }
        if (input > 5) {
            result += footers.size() + 5;
        }
        if (input > 6) {
            result += footers.size() + 6;
        }
        if (input > 7) {
            result += footers.size() + 7;
        }
        result += footers.size() * 2;
        result += footers.size() * 3;
        result += footers.size() * 4;
        result += footers.size() * 5;
        result += footers.size() * 6;
        result += footers.size() * 7;
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
