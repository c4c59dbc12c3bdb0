package dev.readiness.core.graph;

import static dev.readiness.core.graph.ConventionalLayer.DOMAIN;
import static dev.readiness.core.graph.ConventionalLayer.PERSISTENCE;
import static dev.readiness.core.graph.ConventionalLayer.SERVICE;
import static dev.readiness.core.graph.ConventionalLayer.WEB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.graph.InferredLayers.Assignment;
import dev.readiness.core.repo.FileKind;
import dev.readiness.core.repo.RepoFile;
import dev.readiness.core.source.FileFacts;
import dev.readiness.core.source.JavaSourceParser;
import dev.readiness.core.source.ParseOutcome;
import dev.readiness.core.source.SourceFacts;
import dev.readiness.core.source.TypeIndex;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InferredLayersTest {

    private static final String CONTROLLER = """
            package shop.web;

            import org.springframework.web.bind.annotation.*;

            @RestController
            public class OrderController {
                record Page(int number) { }
            }
            """;
    private static final String ADVICE = """
            package shop.web;

            /** Annotation evidence wins over the package. */
            @org.springframework.stereotype.Service
            public class CheckoutService { }
            """;
    private static final String CUSTOM_SERVICE = """
            package shop.support;

            import shop.support.annotations.Service;

            /** The project's own @Service: no layer. */
            @Service
            public class Mailer { }
            """;
    private static final String REPOSITORY = """
            package shop.data;

            import org.springframework.data.repository.CrudRepository;

            public interface OrderStore extends CrudRepository<Object, Long> { }
            """;
    private static final String ENTITY = """
            package shop.data;

            import jakarta.persistence.Entity;

            @Entity
            public class Order { }
            """;
    private static final String WEB_CLIENT = """
            package shop.web.service.invoker;

            /** Its package names two layers: no package evidence, and its name has no suffix. */
            public class RequestValues { }
            """;
    private static final String FEATURE_SERVICE = """
            package shop.order;

            public class OrderServiceImpl { }
            """;
    private static final String FEATURE_DAO = """
            package shop.order;

            public interface OrderDao { }
            """;
    private static final String LONE_SUFFIX = """
            package shop.io;

            public class ClassPathResource { }
            """;
    private static final String MODEL = """
            package shop.model;

            public class Money { }
            """;
    private static final String TEST = """
            package shop.web;

            @org.springframework.stereotype.Controller
            class OrderControllerTest { }
            """;

    private static InferredLayers layers() {
        List<FileFacts> facts = List.of(facts("shop/web/OrderController.java", CONTROLLER, FileKind.PRODUCTION),
                facts("shop/web/CheckoutService.java", ADVICE, FileKind.PRODUCTION),
                facts("shop/support/Mailer.java", CUSTOM_SERVICE, FileKind.PRODUCTION),
                facts("shop/data/OrderStore.java", REPOSITORY, FileKind.PRODUCTION),
                facts("shop/data/Order.java", ENTITY, FileKind.PRODUCTION),
                facts("shop/web/service/invoker/RequestValues.java", WEB_CLIENT, FileKind.PRODUCTION),
                facts("shop/order/OrderServiceImpl.java", FEATURE_SERVICE, FileKind.PRODUCTION),
                facts("shop/order/OrderDao.java", FEATURE_DAO, FileKind.PRODUCTION),
                facts("shop/io/ClassPathResource.java", LONE_SUFFIX, FileKind.PRODUCTION),
                facts("shop/model/Money.java", MODEL, FileKind.PRODUCTION),
                facts("test/shop/web/OrderControllerTest.java", TEST, FileKind.TEST));
        return InferredLayers.infer(new SourceFacts(facts), new TypeIndex(facts));
    }

    private static FileFacts facts(String path, String source, FileKind kind) {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        RepoFile file = new RepoFile(path, kind, "", bytes.length, "blob");
        return ((ParseOutcome.Parsed) new JavaSourceParser().parse(file, bytes, "blob")).facts();
    }

    @Test
    void placesProductionTypesByAnnotationSupertypeNestingPackageAndFeaturePackageSuffix() {
        assertThat(layers().assignments()).extracting(Assignment::type, Assignment::layer, Assignment::evidence)
                .containsExactly(
                        tuple("shop.data.Order", DOMAIN, "@Entity"),
                        tuple("shop.data.OrderStore", PERSISTENCE, "extends CrudRepository"),
                        tuple("shop.model.Money", DOMAIN, "package shop.model"),
                        tuple("shop.order.OrderDao", PERSISTENCE, "name ends with Dao"),
                        tuple("shop.order.OrderServiceImpl", SERVICE, "name ends with Service"),
                        tuple("shop.web.CheckoutService", SERVICE, "@Service"),
                        tuple("shop.web.OrderController", WEB, "@RestController"),
                        tuple("shop.web.OrderController.Page", WEB, "nested in OrderController"));
    }

    @Test
    void givesEachPackageTheLayerOfMostOfItsTypesTiesToTheUpperLayer() {
        assertThat(layers().packagesByLayer()).containsExactly(
                entry(WEB, List.of("shop.web")),
                entry(SERVICE, List.of("shop.order")),
                entry(PERSISTENCE, List.of("shop.data")),
                entry(DOMAIN, List.of("shop.model")));
    }

    @Test
    void describesAnAssignmentWithItsLayerAndEvidence() {
        assertThat(layers().of("shop.data.OrderStore")).get().extracting(Assignment::describe)
                .isEqualTo("persistence: extends CrudRepository");
    }

    @Test
    void saysWhichLayersTheRepositoryHas() {
        List<FileFacts> facts = List.of(facts("shop/model/Money.java", MODEL, FileKind.PRODUCTION),
                facts("test/shop/web/OrderControllerTest.java", TEST, FileKind.TEST));
        InferredLayers layers = InferredLayers.infer(new SourceFacts(facts), new TypeIndex(facts));

        assertThat(List.of(layers.has(DOMAIN), layers.has(WEB), layers.has(SERVICE))).containsExactly(true, false, false);
    }
}
