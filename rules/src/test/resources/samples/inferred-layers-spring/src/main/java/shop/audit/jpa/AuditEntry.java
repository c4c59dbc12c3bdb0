package shop.audit.jpa;

import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import shop.audit.jpa.converter.InstantConverter;

/** Near miss: a JPA mapping inside the JPA adapter uses the adapter's own attribute converter. */
@MappedSuperclass
public abstract class AuditEntry {
    @Convert(converter = InstantConverter.class)
    private java.time.Instant at;
}
