package dev.readiness.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.source.DependencyFacts.TypeDependencies;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyExtractorTest {

    private static final RepoFile FILE = new RepoFile("src/main/java/com/acme/Order.java", FileKind.PRODUCTION, "", 0, null);

    private static DependencyFacts dependencies(String source) {
        ParseOutcome outcome = new JavaSourceParser().parse(FILE, source.getBytes(StandardCharsets.UTF_8), "blob");
        return ((ParseOutcome.Parsed) outcome).facts().dependencies();
    }

    @Test
    void keepsEachTypesOwnAnnotationsAndSupertypesAsWrittenWithoutTypeArguments() {
        DependencyFacts facts = dependencies("""
                package com.acme;

                @RestController
                @org.springframework.web.bind.annotation.RequestMapping("/orders")
                public class Order extends Base<String> implements java.io.Serializable, Comparable<Order> {
                    @Deprecated
                    public void ignored() { }

                    @Embeddable
                    enum State implements Labelled { OPEN }

                    interface Store extends JpaRepository<Order, Long>, Outer.Inner { }

                    record Line(int quantity) implements Priced { }
                }
                """);

        assertThat(facts.types()).extracting(TypeDependencies::type, TypeDependencies::annotations,
                        TypeDependencies::supertypes)
                .containsExactly(
                        tuple("com.acme.Order",
                                List.of("RestController", "org.springframework.web.bind.annotation.RequestMapping"),
                                List.of("Base", "java.io.Serializable", "Comparable")),
                        tuple("com.acme.Order.State", List.of("Embeddable"), List.of("Labelled")),
                        tuple("com.acme.Order.Store", List.of(), List.of("JpaRepository", "Outer.Inner")),
                        tuple("com.acme.Order.Line", List.of(), List.of("Priced")));
    }
}
