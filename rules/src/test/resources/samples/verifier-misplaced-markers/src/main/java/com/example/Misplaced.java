package com.example;

// Deliberately wrong markers: RuleSampleVerifierTest checks that a marker above a blank line and a wrong text fail.
class Misplaced {

    // expect: modularity/too-many-parameters

    void belowTheBlankLine(int a, int b, int c, int d, int e) {
    }

    void wrongText(int a, int b, int c, int d, int e) { // expect: modularity/too-many-parameters "has 7 parameters"
    }
}
