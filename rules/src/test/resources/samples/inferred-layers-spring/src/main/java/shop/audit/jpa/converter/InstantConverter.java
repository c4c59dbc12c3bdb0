package shop.audit.jpa.converter;

import jakarta.persistence.AttributeConverter;

public class InstantConverter implements AttributeConverter<java.time.Instant, Long> {
    @Override
    public Long convertToDatabaseColumn(java.time.Instant value) {
        return value.toEpochMilli();
    }

    @Override
    public java.time.Instant convertToEntityAttribute(Long value) {
        return java.time.Instant.ofEpochMilli(value);
    }
}
