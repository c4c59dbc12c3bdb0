package com.example.api;

public interface Greeting {
    String text();
}
