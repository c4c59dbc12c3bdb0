package com.example.shop.repository; // expect: history/change-coupling

import com.example.shop.model.Customer;
import com.example.shop.model.Order;
import com.example.shop.model.OrderLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

public class OrderRepository { // expect: context/undocumented-public-api

    private static final String INSERT_ORDER =
            "INSERT INTO orders (customer_id, total, placed_at, coupon_code) VALUES (?, ?, ?, ?)";
    private static final String INSERT_LINE =
            "INSERT INTO order_lines (order_id, product_code, quantity, unit_price) VALUES (?, ?, ?, ?)";
    private static final String FIND_BY_ID =
            "SELECT id, customer_id, total, placed_at, coupon_code FROM orders WHERE id = ?";

    private final Connection connection;
    private final CustomerRepository customers;

    public OrderRepository(Connection connection, CustomerRepository customers) {
        this.connection = connection;
        this.customers = customers;
    }

    public void save(Order order) throws SQLException {
        PreparedStatement insert = connection.prepareStatement(INSERT_ORDER, Statement.RETURN_GENERATED_KEYS);
        insert.setLong(1, order.getCustomer().getId());
        insert.setBigDecimal(2, order.getTotal());
        insert.setTimestamp(3, new Timestamp(order.getPlacedAt().getTime()));
        insert.setString(4, order.getCouponCode());
        insert.executeUpdate();
        ResultSet keys = insert.getGeneratedKeys();
        if (keys.next()) {
            order.setId(keys.getLong(1));
        }
        for (OrderLine line : order.getLines()) {
            PreparedStatement lineInsert = connection.prepareStatement(INSERT_LINE);
            lineInsert.setLong(1, order.getId());
            lineInsert.setString(2, line.getProductCode());
            lineInsert.setInt(3, line.getQuantity());
            lineInsert.setBigDecimal(4, line.getUnitPrice());
            lineInsert.executeUpdate();
        }
    }

    public Order findById(long id) {
        try {
            PreparedStatement query = connection.prepareStatement(FIND_BY_ID);
            query.setLong(1, id);
            ResultSet row = query.executeQuery();
            if (row.next()) {
                Customer customer = customers.findById(row.getLong("customer_id"));
                List<OrderLine> lines = new ArrayList<OrderLine>();
                return new Order(row.getLong("id"), customer, lines, row.getBigDecimal("total"),
                        row.getTimestamp("placed_at"), row.getString("coupon_code"));
            }
        } catch (SQLException e) { // expect: hygiene/swallowed-exception
            e.printStackTrace();
        }
        return null;
    }

    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {} // expect: hygiene/swallowed-exception
    }
}
