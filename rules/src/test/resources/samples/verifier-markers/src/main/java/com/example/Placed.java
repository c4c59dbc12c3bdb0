package com.example;

// Markers with a text and markers on lines of their own: RuleSampleVerifierTest checks that the verifier accepts them.
class Placed {

    // expect: modularity/too-many-parameters "'above' has 5 parameters"
    // expect: modularity/deep-nesting "6 levels deep"
    void above(int a, int b, int c, int d, int e) {
        if (a > 0) {
            if (b > 0) {
                if (c > 0) {
                    if (d > 0) {
                        if (e > 0) {
                            while (a < b) {
                                a++;
                            }
                        }
                    }
                }
            }
        }
    }

    void inline(int a, int b, int c, int d, int e, int f) { // expect: modularity/too-many-parameters "has 6 parameters"
    }

    void quiet(int a) {
    }
}
