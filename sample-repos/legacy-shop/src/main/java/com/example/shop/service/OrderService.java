package com.example.shop.service; // expect: history/hotspot

import com.example.shop.model.Customer;
import com.example.shop.model.Order;
import com.example.shop.model.OrderLine;
import com.example.shop.repository.OrderRepository;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class OrderService { // expect: context/undocumented-public-api

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal VIP_BULK_FACTOR = new BigDecimal("0.85");
    private static final BigDecimal BULK_FACTOR = new BigDecimal("0.95");
    private static final BigDecimal FIXED_DISCOUNT = new BigDecimal("5.00");

    private final OrderRepository orderRepository;
    private final Map<String, Integer> inventory = new HashMap<String, Integer>();

    public OrderService(OrderRepository orderRepository) {
        this.orderRepository = orderRepository;
    }

    public void restock(String productCode, int quantity) {
        Integer current = inventory.get(productCode);
        inventory.put(productCode, current == null ? quantity : current + quantity);
    }

    public Order placeOrder(Customer customer, List<OrderLine> lines, String couponCode) { // expect: modularity/complex-method
        if (customer == null || lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("customer and order lines are required");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (OrderLine line : lines) {
            if (line.getQuantity() <= 0) {
                continue;
            }
            BigDecimal lineTotal = line.total();
            if (customer.isVip() && line.getQuantity() > 10) {
                lineTotal = lineTotal.multiply(VIP_BULK_FACTOR);
            } else if (line.getQuantity() > 50) {
                lineTotal = lineTotal.multiply(BULK_FACTOR);
            }
            total = total.add(lineTotal);
        }
        if (couponCode != null && couponCode.trim().length() > 0) {
            if (couponCode.startsWith("VIP") && !customer.isVip()) {
                throw new IllegalStateException("VIP coupon used by a regular customer");
            } else if (couponCode.startsWith("PCT")) {
                int percent = Integer.parseInt(couponCode.substring(3));
                total = total.subtract(total.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED));
            } else {
                total = total.subtract(FIXED_DISCOUNT);
            }
        }
        Order order = new Order(0L, customer, lines, total.signum() < 0 ? BigDecimal.ZERO : total, new Date(), couponCode);
        try {
            for (OrderLine line : lines) {
                Integer stock = inventory.get(line.getProductCode());
                int available = stock == null ? 0 : stock;
                if (available < line.getQuantity()) {
                    if (customer.isVip() || line.isBackorderAllowed()) {
                        order.markBackordered(line.getProductCode());
                    } else {
                        throw new IllegalStateException("out of stock: " + line.getProductCode());
                    }
                } else {
                    inventory.put(line.getProductCode(), available - line.getQuantity());
                }
            }
            orderRepository.save(order);
        } catch (SQLException e) {
            throw new IllegalStateException("could not save the order", e);
        }
        return order;
    }

    public boolean cancelOrder(long orderId) {
        Order order = orderRepository.findById(orderId);
        if (order == null) {
            return false;
        }
        if (order.isShipped() || order.isCancelled()) {
            return false;
        }
        for (OrderLine line : order.getLines()) {
            restock(line.getProductCode(), line.getQuantity());
        }
        order.cancel();
        System.out.println("Cancelled order " + orderId); // expect: hygiene/console-logging
        return true;
    }
}
