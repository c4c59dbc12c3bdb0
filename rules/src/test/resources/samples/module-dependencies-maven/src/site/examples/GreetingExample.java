package com.example.site;

import com.example.api.Greeting;

// a documentation snippet: no build compiles it
class GreetingExample {
    Greeting greeting = () -> "hello from the docs";
}
