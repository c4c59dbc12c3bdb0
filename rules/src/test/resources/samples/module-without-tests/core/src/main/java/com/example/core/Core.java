package com.example.core;

public class Core {
}
