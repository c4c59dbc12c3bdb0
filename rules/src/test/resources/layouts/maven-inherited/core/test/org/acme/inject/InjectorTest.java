package org.acme.inject;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;

class InjectorTest {
    @Test
    void createsAnInstance() throws Exception {
        try {
            System.out.println("creating");
        } catch (Exception ignored) {
        }
        assertNotNull(new Injector().instance(StringBuilder.class));
    }
}
