package com.example;

import java.util.List;

public class OrderService {

    boolean retry;
    int attempts;

    // 16: just above the threshold
    public void placeOrder(Order order) { // expect: modularity/complex-method "Method 'placeOrder' has cognitive complexity 16 (threshold 15)"
        if (order == null) {                          // +1
            return;
        }
        for (Line line : order.lines) {               // +1
            if (line.quantity <= 0) {                 // +2 (nesting 1)
                continue;
            } else if (line.quantity > 100) {         // +1
                warn(line);
            } else {                                  // +1
                accept(line);
            }
            try {
                reserve(line);
            } catch (IllegalStateException e) {       // +2 (nesting 1)
                if (retry && attempts < 3) {          // +3 (nesting 2), +1 &&
                    reserve(line);
                }
            }
        }
        String status = order.paid ? "paid" : "open"; // +1
        while (pending()) {                           // +1
            flush(status);
        }
        if (order.express || order.priority) {        // +1, +1 ||
            ship(order);
        }
    }

    // 15: exactly the threshold, not reported
    public void reviewOrder(Order order) {
        if (order == null) {                          // +1
            return;
        }
        for (Line line : order.lines) {               // +1
            if (line.quantity <= 0) {                 // +2 (nesting 1)
                continue;
            } else if (line.quantity > 100) {         // +1
                warn(line);
            } else {                                  // +1
                accept(line);
            }
            try {
                reserve(line);
            } catch (IllegalStateException e) {       // +2 (nesting 1)
                if (retry && attempts < 3) {          // +3 (nesting 2), +1 &&
                    reserve(line);
                }
            }
        }
        String status = order.paid ? "paid" : "open"; // +1
        while (pending()) {                           // +1
            flush(status);
        }
        if (order.express) {                          // +1
            ship(order);
        }
    }

    // the anonymous class's code counts toward watcher (8 ifs at nesting 1 = 16); run itself is not reported
    public Runnable watcher(Order order) { // expect: modularity/complex-method
        return new Runnable() {
            @Override
            public void run() {
                if (order.paid) { flush("a"); }
                if (order.express) { flush("b"); }
                if (order.priority) { flush("c"); }
                if (pending()) { flush("d"); }
                if (retry) { flush("e"); }
                if (attempts > 1) { flush("f"); }
                if (attempts > 2) { flush("g"); }
                if (attempts > 3) { flush("h"); }
            }
        };
    }

    // constructors are measured too: 16 flat ifs
    public OrderService(List<Integer> xs) { // expect: modularity/complex-method "Constructor 'OrderService' has cognitive complexity 16"
        int n = xs.size();
        if (n > 1) { n--; }
        if (n > 2) { n--; }
        if (n > 3) { n--; }
        if (n > 4) { n--; }
        if (n > 5) { n--; }
        if (n > 6) { n--; }
        if (n > 7) { n--; }
        if (n > 8) { n--; }
        if (n > 9) { n--; }
        if (n > 10) { n--; }
        if (n > 11) { n--; }
        if (n > 12) { n--; }
        if (n > 13) { n--; }
        if (n > 14) { n--; }
        if (n > 15) { n--; }
        if (n > 16) { n--; }
        attempts = n;
    }

    // lots of calls, no branches: 0
    public void simple(Order order) {
        warn(null);
        accept(null);
        reserve(null);
        flush("x");
        ship(order);
    }

    private void warn(Line line) { }
    private void accept(Line line) { }
    private void reserve(Line line) { }
    private boolean pending() { return false; }
    private void flush(String status) { }
    private void ship(Order order) { }

    static class Order {
        List<Line> lines;
        boolean paid;
        boolean express;
        boolean priority;
    }

    static class Line {
        int quantity;
    }

    /** What a generator wrote: its 16 flat ifs are the generator's to simplify; not reported. */
    @javax.annotation.Generated("com.example.tools.WeigherGenerator")
    static class GeneratedWeigher {

        int weigh(int kind) {
            int total = 0;
            if (kind == 0) { total += 0; }
            if (kind == 1) { total += 1; }
            if (kind == 2) { total += 2; }
            if (kind == 3) { total += 3; }
            if (kind == 4) { total += 4; }
            if (kind == 5) { total += 5; }
            if (kind == 6) { total += 6; }
            if (kind == 7) { total += 7; }
            if (kind == 8) { total += 8; }
            if (kind == 9) { total += 9; }
            if (kind == 10) { total += 10; }
            if (kind == 11) { total += 11; }
            if (kind == 12) { total += 12; }
            if (kind == 13) { total += 13; }
            if (kind == 14) { total += 14; }
            if (kind == 15) { total += 15; }
            return total;
        }
    }
}
