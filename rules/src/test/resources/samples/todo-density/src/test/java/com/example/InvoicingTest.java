package com.example;

class InvoicingTest {
    // TODO one
    // TODO two
    // TODO three: test code is out of scope
}
