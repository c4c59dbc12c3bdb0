package com.example.clinic.visit; // expect: history/knowledge-island "Only Alice Example, Erin Contractor know this file"

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Books visits into free slots; knows the opening hours and how visits may overlap. */
public class VisitScheduler {

    private static final int OPENS_AT = 8;
    private static final int CLOSES_AT = 18;
    private final List<LocalDateTime> booked = new ArrayList<>();
    private final boolean weekends;

    public VisitScheduler(boolean weekends) {
        this.weekends = weekends;
    }

    public LocalDateTime book(LocalDateTime wanted) {
        LocalDateTime slot = wanted.withMinute(0).withSecond(0).withNano(0);
        while (!isOpen(slot) || booked.contains(slot)) {
            slot = slot.plusHours(1);
        }
        booked.add(slot);
        return slot;
    }

    boolean isOpen(LocalDateTime slot) {
        boolean weekend = slot.getDayOfWeek() == DayOfWeek.SATURDAY || slot.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend && !weekends) {
            return false;
        }
        return slot.getHour() >= OPENS_AT && slot.getHour() < CLOSES_AT;
    }

    public int bookedCount() {
        return booked.size();
    }
}
