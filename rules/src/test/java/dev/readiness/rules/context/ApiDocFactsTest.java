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

    /**
     * Javadoc a blank line, annotations or a line comment keep apart from its declaration, and Javadoc that is not;
     * clone() keeps Object's contract and needs none.
     */
    private static final String SEPARATED = """
            package com.acme;

            /**
             * Stores orders.
             */

            @FunctionalInterface
            public interface OrderStore {

                /** Saves an order. */

                void save(Order order);

                @Deprecated
                /** Loads an order. */
                Order load(long id);

                /** Counts orders. */
                // slow on large stores
                @Deprecated
                long count();

                /** Section: removal. */
                int REMOVAL_BATCH = 10;

                void remove(long id);

                /// Bulk operations
                ///

                void clear();

                OrderStore clone();
            }
            """;
    /** A license header in Javadoc style before the package declaration documents nothing. */
    private static final String LICENSE_HEADER = """
            /**
             * Licensed under the Apache License, Version 2.0.
             */
            package com.acme;

            public interface Clock {
            }
            """;

    private final CompilationUnit unit = parse(SOURCE);

    private static CompilationUnit parse(String source) {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(JavaSourceParser.LANGUAGE_LEVEL))
                .parse(source).getResult().orElseThrow();
    }

    @Test
    void keepsWhatEachPublicTypeDocumentsAndWhereItsNameIs() {
        List<ApiDocFacts> facts = ApiDocFacts.of(unit);

        assertThat(facts).extracting(ApiDocFacts::type, ApiDocFacts::kind, ApiDocFacts::documented,
                        ApiDocFacts::undocumentedMethods, ApiDocFacts::symbol)
                .containsExactly(tuple("com.acme.Pricing", "interface", true, List.of("discount(Order)"),
                        "com.acme.Pricing"));
        assertThat(facts.get(0).methods()).containsExactly(
                new ApiDocFacts.ApiMethod("price(Order)", "price", List.of("Order"), false, true),
                new ApiDocFacts.ApiMethod("discount(Order)", "discount", List.of("Order"), false, false));
        assertThat(facts.get(0).name()).isEqualTo(new ApiDocFacts.NamePosition(4, 18, 4, 24));
    }

    @Test
    void javadocSeparatedByBlankLinesAnnotationsOrCommentsStillDocumentsItsDeclaration() {
        List<ApiDocFacts> facts = ApiDocFacts.of(parse(SEPARATED));

        assertThat(facts).singleElement().satisfies(store -> {
            assertThat(store.documented()).isTrue();
            assertThat(store.methods()).extracting(ApiDocFacts.ApiMethod::name, ApiDocFacts.ApiMethod::documented)
                    .containsExactly(tuple("save", true), tuple("load", true), tuple("count", true),
                            tuple("remove", false), tuple("clear", false));
        });
    }

    @Test
    void javadocBeforeThePackageDeclarationDoesNotDocumentTheType() {
        assertThat(ApiDocFacts.of(parse(LICENSE_HEADER))).extracting(ApiDocFacts::documented).containsExactly(false);
    }
}
