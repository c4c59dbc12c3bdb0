package com.example.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnicodeEscaperTest {

    @Test
    void escapesWhatIsNotAscii() {
        assertEquals("a\\u00e9", new UnicodeEscaper().translate("aé"));
    }

    @Test
    void writesThroughTheFacade() {
        assertEquals("{\"root\":{\"a\":\"b\",}}", new JsonFacade().write(Map.of("a", "b")));
    }
}
