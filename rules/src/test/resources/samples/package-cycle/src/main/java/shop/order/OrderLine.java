package shop.order;

public record OrderLine(String product, int quantity, shop.customer.Customer orderedBy) {
}
