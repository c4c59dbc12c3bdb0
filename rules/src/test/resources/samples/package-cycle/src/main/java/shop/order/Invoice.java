package shop.order;

import shop.customer.Customer;

public record Invoice(Order order, Customer billedTo) {
}
