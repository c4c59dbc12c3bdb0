package com.example.core;

public record Discount(int percent) {
}
