package com.example;

public class Calculator {

    private final Audit audit;

    public Calculator(Audit audit) {
        this.audit = audit;
    }

    public int divide(int a, int b) {
        audit.record("divide");
        if (b == 0) {
            throw new ArithmeticException("division by zero");
        }
        return a / b;
    }
}
