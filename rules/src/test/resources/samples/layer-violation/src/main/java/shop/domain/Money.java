package shop.domain;

public record Money(long cents) {
}
