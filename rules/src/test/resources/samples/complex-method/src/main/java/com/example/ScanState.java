package com.example;

import java.util.function.IntPredicate;

/** A scanner whose states carry their own transition code, as the states of URL and CSV parsers do. */
public enum ScanState {

    // an enum constant's body has no method around it: its methods are measured under the constant's name (16)
    QUOTED {
        @Override
        ScanState next(int ch, StringBuilder out) { // expect: modularity/complex-method "Method 'QUOTED.next' has cognitive complexity 16"
            if (ch == 0) { out.append(0); }
            if (ch == 1) { out.append(1); }
            if (ch == 2) { out.append(2); }
            if (ch == 3) { out.append(3); }
            if (ch == 4) { out.append(4); }
            if (ch == 5) { out.append(5); }
            if (ch == 6) { out.append(6); }
            if (ch == 7) { out.append(7); }
            if (ch == 8) { out.append(8); }
            if (ch == 9) { out.append(9); }
            if (ch == 10) { out.append(10); }
            if (ch == 11) { out.append(11); }
            if (ch == 12) { out.append(12); }
            if (ch == 13) { out.append(13); }
            if (ch == 14) { out.append(14); }
            if (ch == 15) { out.append(15); }
            return this;
        }
    },

    // 15: exactly the threshold, not reported
    PLAIN {
        @Override
        ScanState next(int ch, StringBuilder out) {
            if (ch == 0) { out.append(0); }
            if (ch == 1) { out.append(1); }
            if (ch == 2) { out.append(2); }
            if (ch == 3) { out.append(3); }
            if (ch == 4) { out.append(4); }
            if (ch == 5) { out.append(5); }
            if (ch == 6) { out.append(6); }
            if (ch == 7) { out.append(7); }
            if (ch == 8) { out.append(8); }
            if (ch == 9) { out.append(9); }
            if (ch == 10) { out.append(10); }
            if (ch == 11) { out.append(11); }
            if (ch == 12) { out.append(12); }
            if (ch == 13) { out.append(13); }
            if (ch == 14) { out.append(14); }
            return QUOTED;
        }
    };

    // a field's lambda is measured by itself too: 16 flat ifs
    static final IntPredicate SEPARATOR = ch -> { // expect: modularity/complex-method "Lambda 'SEPARATOR$lambda' has cognitive complexity 16"
        if (ch == 32) { return true; }
        if (ch == 33) { return true; }
        if (ch == 34) { return true; }
        if (ch == 35) { return true; }
        if (ch == 36) { return true; }
        if (ch == 37) { return true; }
        if (ch == 38) { return true; }
        if (ch == 39) { return true; }
        if (ch == 40) { return true; }
        if (ch == 41) { return true; }
        if (ch == 42) { return true; }
        if (ch == 43) { return true; }
        if (ch == 44) { return true; }
        if (ch == 45) { return true; }
        if (ch == 46) { return true; }
        if (ch == 47) { return true; }
        return false;
    };

    // one && sequence: 1, not reported
    static final IntPredicate DIGIT = ch -> ch >= '0' && ch <= '9';

    abstract ScanState next(int ch, StringBuilder out);
}
