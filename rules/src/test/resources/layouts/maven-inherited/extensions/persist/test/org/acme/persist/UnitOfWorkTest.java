package org.acme.persist;

import junit.framework.TestCase;

public class UnitOfWorkTest extends TestCase {
    public void testCountsChanges() {
        UnitOfWork work = new UnitOfWork();
        work.change();
        try {
            System.out.println("counted");
        } catch (RuntimeException ignored) {
        }
        assertEquals(1, work.changes());
    }
}
