package dev.readiness.rules.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.source.TypeInfo;
import java.util.List;
import dev.readiness.core.history.metrics.StaticDependencies;
import org.junit.jupiter.api.Test;

class StaticDependenciesTest {

    private static final List<TypeInfo> ORDER_REPOSITORY = List.of(new TypeInfo("com.shop.repo.OrderRepository",
            "OrderRepository", "repo/OrderRepository.java", TypeInfo.Kind.CLASS, true, 3, 30, List.of(), List.of(), null));

    @Test
    void anImportOrAWholeWordUseOfADeclaredTypeIsADependency() {
        assertThat(StaticDependencies.dependsOn("import com.shop.repo.OrderRepository;\nclass A {}",
                ORDER_REPOSITORY)).isTrue();
        assertThat(StaticDependencies.dependsOn("import com.shop.repo.*;\nclass A { OrderRepository r; }",
                ORDER_REPOSITORY)).isTrue();
    }

    @Test
    void aLongerNameContainingTheTypeNameIsNot() {
        assertThat(StaticDependencies.dependsOn("class A { OrderRepositoryImpl r; CachedOrderRepository c; }",
                ORDER_REPOSITORY)).isFalse();
        assertThat(StaticDependencies.dependsOn("class A {}", ORDER_REPOSITORY)).isFalse();
    }
}
