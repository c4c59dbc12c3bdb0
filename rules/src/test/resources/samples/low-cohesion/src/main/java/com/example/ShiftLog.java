package com.example;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Two jobs again; the inner class serves the notes half only, so the halves stay apart. */
public class ShiftLog { // expect: modularity/low-cohesion "{clockIn, hoursWorked} on minutes; {note, notes} on lines."

    private final List<Integer> minutes = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    public void clockIn(int minutesWorked) {
        if (minutesWorked > 0) {
            minutes.add(minutesWorked);
        }
    }

    public int hoursWorked() {
        int sum = 0;
        for (int worked : minutes) {
            sum += worked;
        }
        return sum / 60;
    }

    public void note(String text) {
        if (text != null && !text.isBlank()) {
            lines.add(text);
        }
    }

    public Iterable<String> notes() {
        return new Notes();
    }

    private final class Notes implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return lines.iterator();
        }
    }
}
