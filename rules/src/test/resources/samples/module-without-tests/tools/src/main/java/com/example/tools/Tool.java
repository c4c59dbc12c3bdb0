package com.example.tools; // expect: testing/module-without-tests

public class Tool {
}
