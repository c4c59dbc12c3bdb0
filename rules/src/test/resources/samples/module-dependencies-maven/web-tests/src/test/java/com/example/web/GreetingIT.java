package com.example.web;

import com.example.api.Greeting;

class GreetingIT {
    Greeting greeting = () -> "hello";
}
