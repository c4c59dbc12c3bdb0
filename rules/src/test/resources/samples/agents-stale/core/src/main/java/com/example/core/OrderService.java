package com.example.core;

import com.fasterxml.jackson.databind.ObjectMapper;

public class OrderService {
    private final ObjectMapper mapper = new ObjectMapper();
}
