package org.acme.cases;

/** An input the checker's tests analyse: it must keep its flaws. */
public class RetryCase {
    public int q(int a, int b, int c, int d, int e, int f, int g) {
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                System.out.println("value " + a);
                return a + b + c + d + e + f + g;
            } catch (Exception x) {
            }
        }
        return 0;
    }
}
