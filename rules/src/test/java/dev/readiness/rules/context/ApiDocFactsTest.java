package dev.readiness.rules.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import dev.readiness.core.source.JavaSourceParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiDocFactsTest {

    private static final String SOURCE = """
            package com.acme;

            /** Prices orders. */
            public interface Pricing {

                /** The price of an order. */
                long price(Order order);

                long discount(Order order);

                String getName();
            }

            class Hidden {
                public void run() { }
            }
            """;

    private final CompilationUnit unit = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(JavaSourceParser.LANGUAGE_LEVEL)).parse(SOURCE).getResult().orElseThrow();

    @Test
    void keepsWhatEachPublicTypeDocumentsAndWhereItsNameIs() {
        List<ApiDocFacts> facts = ApiDocFacts.of(unit);

        assertThat(facts).extracting(ApiDocFacts::type, ApiDocFacts::kind, ApiDocFacts::documented,
                        ApiDocFacts::undocumentedMethods, ApiDocFacts::methodsNeedingDocs, ApiDocFacts::symbol)
                .containsExactly(tuple("com.acme.Pricing", "interface", true, List.of("discount(Order)"), 2,
                        "com.acme.Pricing"));
        assertThat(facts.get(0).name()).isEqualTo(new ApiDocFacts.NamePosition(4, 18, 4, 24));
    }
}
