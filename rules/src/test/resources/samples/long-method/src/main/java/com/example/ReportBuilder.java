package com.example;

public class ReportBuilder {

    private int total;

    // 71 lines of code between the braces
    public int build() { // expect: modularity/long-method "Method 'build' has 71 lines of code (threshold 70)"
        total += 0;

        // step 0: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 1;
        total += 2;
        total += 3;
        total += 4;
        total += 5;
        total += 6;
        total += 7;
        total += 8;
        total += 9;
        total += 10;

        // step 10: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 11;
        total += 12;
        total += 13;
        total += 14;
        total += 15;
        total += 16;
        total += 17;
        total += 18;
        total += 19;
        total += 20;

        // step 20: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 21;
        total += 22;
        total += 23;
        total += 24;
        total += 25;
        total += 26;
        total += 27;
        total += 28;
        total += 29;
        total += 30;

        // step 30: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 31;
        total += 32;
        total += 33;
        total += 34;
        total += 35;
        total += 36;
        total += 37;
        total += 38;
        total += 39;
        total += 40;

        // step 40: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 41;
        total += 42;
        total += 43;
        total += 44;
        total += 45;
        total += 46;
        total += 47;
        total += 48;
        total += 49;
        total += 50;

        // step 50: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 51;
        total += 52;
        total += 53;
        total += 54;
        total += 55;
        total += 56;
        total += 57;
        total += 58;
        total += 59;
        total += 60;

        // step 60: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 61;
        total += 62;
        total += 63;
        total += 64;
        total += 65;
        total += 66;
        total += 67;
        total += 68;
        total += 69;
        return total;
    }

    // exactly 70 lines of code: not reported
    public int buildAtThreshold() {
        total += 0;

        // step 0: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 1;
        total += 2;
        total += 3;
        total += 4;
        total += 5;
        total += 6;
        total += 7;
        total += 8;
        total += 9;
        total += 10;

        // step 10: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 11;
        total += 12;
        total += 13;
        total += 14;
        total += 15;
        total += 16;
        total += 17;
        total += 18;
        total += 19;
        total += 20;

        // step 20: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 21;
        total += 22;
        total += 23;
        total += 24;
        total += 25;
        total += 26;
        total += 27;
        total += 28;
        total += 29;
        total += 30;

        // step 30: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 31;
        total += 32;
        total += 33;
        total += 34;
        total += 35;
        total += 36;
        total += 37;
        total += 38;
        total += 39;
        total += 40;

        // step 40: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 41;
        total += 42;
        total += 43;
        total += 44;
        total += 45;
        total += 46;
        total += 47;
        total += 48;
        total += 49;
        total += 50;

        // step 50: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 51;
        total += 52;
        total += 53;
        total += 54;
        total += 55;
        total += 56;
        total += 57;
        total += 58;
        total += 59;
        total += 60;

        // step 60: comment-only lines and blank lines do not count
        /* block
           comment */
        total += 61;
        total += 62;
        total += 63;
        total += 64;
        total += 65;
        total += 66;
        total += 67;
        total += 68;
        return total;
    }

    // a statement spread over several lines counts every line it occupies: 1 + 70 lines
    // expect: modularity/long-method "Constructor 'ReportBuilder' has 71 lines of code (threshold 70)"
    public ReportBuilder(int start) {
        total = start
                + 0
                + 1
                + 2
                + 3
                + 4
                + 5
                + 6
                + 7
                + 8
                + 9
                + 10
                + 11
                + 12
                + 13
                + 14
                + 15
                + 16
                + 17
                + 18
                + 19
                + 20
                + 21
                + 22
                + 23
                + 24
                + 25
                + 26
                + 27
                + 28
                + 29
                + 30
                + 31
                + 32
                + 33
                + 34
                + 35
                + 36
                + 37
                + 38
                + 39
                + 40
                + 41
                + 42
                + 43
                + 44
                + 45
                + 46
                + 47
                + 48
                + 49
                + 50
                + 51
                + 52
                + 53
                + 54
                + 55
                + 56
                + 57
                + 58
                + 59
                + 60
                + 61
                + 62
                + 63
                + 64
                + 65
                + 66
                + 67
                + 68
                + 69;
    }

    // the anonymous class's lines count toward the enclosing method only (run() alone has 71; not reported twice)
    public Runnable task() { // expect: modularity/long-method "Method 'task' has 76 lines of code (threshold 70)"
        return new Runnable() {
            @Override
            public void run() {
                total += -1;
                total += 0;

                // step 0: comment-only lines and blank lines do not count
                /* block
                   comment */
                total += 1;
                total += 2;
                total += 3;
                total += 4;
                total += 5;
                total += 6;
                total += 7;
                total += 8;
                total += 9;
                total += 10;

                // step 10: comment-only lines and blank lines do not count
                /* block
                   comment */
                total += 11;
                total += 12;
                total += 13;
                total += 14;
                total += 15;
                total += 16;
                total += 17;
                total += 18;
                total += 19;
                total += 20;

                // step 20: comment-only lines and blank lines do not count
                /* block
                   comment */
                total += 21;
                total += 22;
                total += 23;
                total += 24;
                total += 25;
                total += 26;
                total += 27;
                total += 28;
                total += 29;
                total += 30;

                // step 30: comment-only lines and blank lines do not count
                /* block
                   comment */
                total += 31;
                total += 32;
                total += 33;
                total += 34;
                total += 35;
                total += 36;
                total += 37;
                total += 38;
                total += 39;
                total += 40;

                // step 40: comment-only lines and blank lines do not count
                /* block
                   comment */
                total += 41;
                total += 42;
                total += 43;
                total += 44;
                total += 45;
                total += 46;
                total += 47;
                total += 48;
                total += 49;
                total += 50;

                // step 50: comment-only lines and blank lines do not count
                /* block
                   comment */
                total += 51;
                total += 52;
                total += 53;
                total += 54;
                total += 55;
                total += 56;
                total += 57;
                total += 58;
                total += 59;
                total += 60;

                // step 60: comment-only lines and blank lines do not count
                /* block
                   comment */
                total += 61;
                total += 62;
                total += 63;
                total += 64;
                total += 65;
                total += 66;
                total += 67;
                total += 68;
                total += 69;
            }
        };
    }

    abstract static class Shape {
        abstract int area();
    }

    // a field's lambda has no method around it, so it is measured by itself: 71 lines of code
    static final java.util.function.IntUnaryOperator RUNNING_TOTAL = start -> { // expect: modularity/long-method "Lambda 'RUNNING_TOTAL$lambda' has 71 lines of code (threshold 70)"
        int total = start;
        total += 1;
        total += 2;
        total += 3;
        total += 4;
        total += 5;
        total += 6;
        total += 7;
        total += 8;
        total += 9;
        total += 10;
        total += 11;
        total += 12;
        total += 13;
        total += 14;
        total += 15;
        total += 16;
        total += 17;
        total += 18;
        total += 19;
        total += 20;
        total += 21;
        total += 22;
        total += 23;
        total += 24;
        total += 25;
        total += 26;
        total += 27;
        total += 28;
        total += 29;
        total += 30;
        total += 31;
        total += 32;
        total += 33;
        total += 34;
        total += 35;
        total += 36;
        total += 37;
        total += 38;
        total += 39;
        total += 40;
        total += 41;
        total += 42;
        total += 43;
        total += 44;
        total += 45;
        total += 46;
        total += 47;
        total += 48;
        total += 49;
        total += 50;
        total += 51;
        total += 52;
        total += 53;
        total += 54;
        total += 55;
        total += 56;
        total += 57;
        total += 58;
        total += 59;
        total += 60;
        total += 61;
        total += 62;
        total += 63;
        total += 64;
        total += 65;
        total += 66;
        total += 67;
        total += 68;
        total += 69;
        return total;
    };
}
