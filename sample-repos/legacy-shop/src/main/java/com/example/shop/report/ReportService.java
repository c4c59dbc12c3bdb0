package com.example.shop.report; // expect: history/hidden-coupling // expect: history/hotspot

import com.example.shop.model.Order;
import com.example.shop.model.OrderLine;
import com.example.shop.util.DateUtils;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class ReportService { // expect: testing/untested-class

    private static final String RULE = "------------------------------------------------------------";

    public String monthlyReport(List<Order> orders, int year, int month) { // expect: modularity/long-method
        StringBuilder report = new StringBuilder();
        List<Order> inMonth = ordersInMonth(orders, year, month);

        report.append("EXAMPLE CORP - MONTHLY SALES REPORT").append('\n');
        report.append(DateUtils.monthName(month)).append(' ').append(year).append('\n');
        report.append(RULE).append('\n');
        report.append('\n');

        BigDecimal revenue = BigDecimal.ZERO;
        int items = 0;
        int vipOrders = 0;
        int couponOrders = 0;
        int backorderedOrders = countBackordered(inMonth);
        Map<String, BigDecimal> revenueByRegion = new TreeMap<String, BigDecimal>();
        Map<String, Integer> unitsByProduct = new TreeMap<String, Integer>();

        for (Order order : inMonth) {
            revenue = revenue.add(order.getTotal());
            String region = order.getCustomer().getRegion();
            revenueByRegion.merge(region, order.getTotal(), BigDecimal::add);
            if (order.getCustomer().isVip()) {
                vipOrders++;
            }
            if (order.getCouponCode() != null) {
                couponOrders++;
            }
            for (OrderLine line : order.getLines()) {
                items += line.getQuantity();
                unitsByProduct.merge(line.getProductCode(), line.getQuantity(), Integer::sum);
            }
        }

        report.append("SUMMARY").append('\n');
        report.append(RULE).append('\n');
        report.append("Orders placed:        ").append(inMonth.size()).append('\n');
        report.append("Items sold:           ").append(items).append('\n');
        report.append("Revenue:              ").append(revenue.setScale(2, RoundingMode.HALF_UP)).append('\n');
        report.append("Orders by VIPs:       ").append(vipOrders).append('\n');
        report.append("Orders with coupons:  ").append(couponOrders).append('\n');
        report.append("Backordered orders:   ").append(backorderedOrders).append('\n');
        report.append('\n');

        BigDecimal average = BigDecimal.ZERO;
        if (!inMonth.isEmpty()) {
            average = revenue.divide(BigDecimal.valueOf(inMonth.size()), 2, RoundingMode.HALF_UP);
        }
        report.append("Average order value:  ").append(average).append('\n');
        report.append('\n');

        report.append("REVENUE BY REGION").append('\n');
        report.append(RULE).append('\n');
        for (Map.Entry<String, BigDecimal> entry : revenueByRegion.entrySet()) {
            report.append(String.format("%-20s %12s", entry.getKey(), entry.getValue().setScale(2, RoundingMode.HALF_UP)));
            report.append('\n');
        }
        report.append('\n');

        report.append("UNITS BY PRODUCT").append('\n');
        report.append(RULE).append('\n');
        for (Map.Entry<String, Integer> entry : unitsByProduct.entrySet()) {
            report.append(String.format("%-20s %12d", entry.getKey(), entry.getValue()));
            report.append('\n');
        }
        report.append('\n');

        report.append("ORDERS").append('\n');
        report.append(RULE).append('\n');
        for (Order order : inMonth) {
            report.append(String.format("%8d  %s  %-24s %10s", order.getId(), DateUtils.format(order.getPlacedAt()),
                    order.getCustomer().getName(), order.getTotal().setScale(2, RoundingMode.HALF_UP)));
            report.append('\n');
        }
        report.append('\n');

        report.append("NOTES").append('\n');
        report.append(RULE).append('\n');
        report.append("Cancelled orders are not included in this report.").append('\n');
        report.append("Revenue includes tax and shipping as charged to the customer.").append('\n');
        report.append("Backordered lines are counted in the month the order was placed.").append('\n');
        report.append("Coupon discounts are already deducted from the order totals.").append('\n');
        report.append("Regions are taken from the customer record at the time of reporting.").append('\n');
        report.append('\n');
        report.append("Questions about this report: accounting@example.com").append('\n');
        report.append(RULE).append('\n');
        report.append("END OF REPORT").append('\n');
        return report.toString();
    }

    private static List<Order> ordersInMonth(List<Order> orders, int year, int month) {
        List<Order> inMonth = new ArrayList<Order>();
        for (Order order : orders) {
            if (!order.isCancelled() && DateUtils.isInMonth(order.getPlacedAt(), year, month)) {
                inMonth.add(order);
            }
        }
        return inMonth;
    }

    private static int countBackordered(List<Order> orders) {
        int count = 0;
        for (Order order : orders) {
            if (!order.getBackorderedProducts().isEmpty()) {
                count++;
            }
        }
        return count;
    }

    public BigDecimal revenue(List<Order> orders) {
        BigDecimal revenue = BigDecimal.ZERO;
        for (Order order : orders) {
            revenue = revenue.add(order.getTotal());
        }
        return revenue;
    }
}
