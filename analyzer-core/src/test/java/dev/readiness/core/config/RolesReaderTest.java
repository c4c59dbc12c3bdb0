package dev.readiness.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.readiness.core.repo.FileKind;
import org.junit.jupiter.api.Test;

class RolesReaderTest {

    @Test
    void rolesMapPathGlobsToRolesAndTheFirstMatchWins() throws ConfigException {
        ReadinessConfig config = ConfigLoader.parse("readiness.yml", "readiness.yml", """
                roles:
                  vendored: ["src/main/java/org/acme/internal/**"]
                  test: ["legacy/checks/", "src/main/java/org/acme/internal/Probe.java"]
                  test-fixture: ["inputs/**"]
                """);

        RoleOverrides roles = config.roles();
        assertThat(roles.roleOf("src/main/java/org/acme/internal/Probe.java")).contains(FileKind.VENDORED);
        assertThat(roles.roleOf("legacy/checks/OrderCheck.java")).contains(FileKind.TEST);
        assertThat(roles.roleOf("inputs/a/Sample.java")).contains(FileKind.TEST_FIXTURE);
        assertThat(roles.roleOf("src/main/java/org/acme/Order.java")).isEmpty();
        assertThat(roles.globOf("legacy/checks/OrderCheck.java")).contains("legacy/checks/");
    }

    @Test
    void anUnknownRoleIsAnErrorListingTheRoles() {
        ConfigException error = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.parse("readiness.yml",
                "readiness.yml", "roles:\n  tests: [\"x/**\"]\n"));

        assertThat(error.getMessage()).contains("unknown key 'tests'").contains("test-fixture", "vendored", "sample");
    }

    @Test
    void aMalformedGlobIsAnErrorNamingTheRole() {
        ConfigException error = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.parse("readiness.yml",
                "readiness.yml", "roles:\n  generated: [\"!src/gen\"]\n"));

        assertThat(error.getMessage()).contains("roles.generated").contains("negation");
    }
}
