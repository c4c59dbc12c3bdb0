package com.example.shop.repository;

import com.example.shop.model.Customer;
import java.util.HashMap;
import java.util.Map;

/** Customers are few and change rarely, so they are kept in memory and loaded at start-up. */
public class CustomerRepository { // expect: context/undocumented-public-api

    private final Map<Long, Customer> customersById = new HashMap<Long, Customer>();

    public void add(Customer customer) {
        customersById.put(customer.getId(), customer);
    }

    public Customer findById(long id) {
        Customer customer = customersById.get(id);
        if (customer == null) {
            throw new IllegalArgumentException("unknown customer " + id);
        }
        return customer;
    }

    public int count() {
        return customersById.size();
    }
}
