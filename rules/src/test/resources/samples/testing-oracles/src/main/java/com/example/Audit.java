package com.example;

public interface Audit {
    void record(String operation);
}
