package com.example.shop.web; // expect: history/defect-hotspot

import com.example.shop.model.Customer;
import com.example.shop.model.Order;
import com.example.shop.model.OrderLine;
import com.example.shop.repository.CustomerRepository;
import com.example.shop.service.OrderService;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class OrderController extends HttpServlet { // expect: testing/untested-class

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OrderController.class.getName());

    private transient OrderService orderService;
    private transient CustomerRepository customerRepository;

    public void setServices(OrderService orderService, CustomerRepository customerRepository) {
        this.orderService = orderService;
        this.customerRepository = customerRepository;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long customerId;
        try {
            customerId = Long.parseLong(request.getParameter("customer"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "customer must be a number");
            return;
        }
        Customer customer = customerRepository.findById(customerId);
        List<OrderLine> lines = new ArrayList<OrderLine>();
        String[] products = request.getParameterValues("product");
        for (int i = 0; products != null && i < products.length; i++) {
            int quantity = Integer.parseInt(request.getParameter("quantity" + i));
            BigDecimal price = new BigDecimal(request.getParameter("price" + i));
            lines.add(new OrderLine(products[i], quantity, price, false));
        }
        Order order = orderService.placeOrder(customer, lines, request.getParameter("coupon"));
        LOG.info("order placed for customer " + customerId);
        response.setContentType("text/plain");
        response.getWriter().write("Order " + order.getId() + " total " + order.getTotal());
    }
}
