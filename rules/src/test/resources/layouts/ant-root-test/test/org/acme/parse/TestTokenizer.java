package org.acme.parse;

import junit.framework.TestCase;

public class TestTokenizer extends TestCase {
    public void testSplitsOnSpaces() {
        try {
            System.out.println("splitting");
            assertEquals(2, new Tokenizer().words("a b").length);
        } catch (RuntimeException x) {
            throw x;
        }
    }
}
