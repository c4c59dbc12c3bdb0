package com.example.web;

public class OrderController {
}
