package shop.web;

public class OrderController {

    public String title() {
        return "orders";
    }

    public long today() {
        java.sql.Date date = new java.sql.Date(0L); // expect: architecture/forbidden-dependency
        return date.getTime();
    }
}
