package org.acme.grammar;

import javax.annotation.processing.Generated;

@Generated("grammar-tool")
public class ExprTokens {
    public int q(int a, int b, int c, int d, int e, int f, int g) {
        try {
            System.out.println("token " + a);
            return a + b + c + d + e + f + g;
        } catch (Exception x) {
        }
        return 0;
    }
}
