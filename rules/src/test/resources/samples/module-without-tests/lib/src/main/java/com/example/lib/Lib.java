package com.example.lib;

public class Lib {
}
