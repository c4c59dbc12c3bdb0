package com.example;

// Deliberately wrong markers: RuleSampleVerifierTest checks that the verifier reports both mismatches.
class Mismatch {

    void unmarked(int a, int b, int c, int d, int e) {
    }

    void markedButFine(int a) { // expect: modularity/too-many-parameters
    }

    void marked(int a, int b, int c, int d, int e) { // expect: modularity/too-many-parameters
    }
}
