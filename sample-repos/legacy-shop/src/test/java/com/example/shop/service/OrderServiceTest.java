package com.example.shop.service;

import com.example.shop.model.Customer;
import com.example.shop.model.OrderLine;
import java.math.BigDecimal;
import java.util.Collections;
import org.junit.Test;

public class OrderServiceTest {

    @Test
    public void placeOrderWorks() { // expect: testing/assertion-free-test
        OrderService service = new OrderService(null);
        service.restock("BOOK-1", 10);
        Customer customer = new Customer(1L, "Ada", "DOMESTIC");
        OrderLine line = new OrderLine("BOOK-1", 1, new BigDecimal("12.50"), false);
        try {
            service.placeOrder(customer, Collections.singletonList(line), null);
            // expect: testing/exception-swallowing-test
        } catch (RuntimeException e) {
            System.out.println("no database in tests: " + e.getMessage());
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsMissingCustomer() {
        new OrderService(null).placeOrder(null, Collections.<OrderLine>emptyList(), null);
    }
}
