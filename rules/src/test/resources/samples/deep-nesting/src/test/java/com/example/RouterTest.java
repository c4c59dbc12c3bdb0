package com.example;

class RouterTest {

    // test code is not measured by this rule
    void deep(int a) {
        if (a > 0) {
            for (int i = 0; i < a; i++) {
                while (a > i) {
                    if (a > 1) {
                        if (a > 2) {
                            a--;
                        }
                    }
                    a--;
                }
            }
        }
    }
}
