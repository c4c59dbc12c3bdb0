package dev.readiness.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final String EXAMPLE = """
            # readiness.yml
            architecture:
              layers:
                - name: web
                  packages: ["..web..", "..controller.."]
                  mayNotBeAccessedBy: [service, persistence]
                - name: service
                  packages: ["..service.."]
                  mayOnlyBeAccessedBy: [web]
                - name: persistence
                  packages: ["..repository..", "..persistence.."]
                  mayOnlyBeAccessedBy: [service]
                  mayOnlyAccess: []
              forbidden:
                - from: ["..domain.."]
                  to: ["..web..", "java.sql.."]
                  reason: "the domain model stays free of web and JDBC types"
            """;

    private static final String TOP_LEVEL = "architecture, rules, weights, include, exclude, history, roles, areas";

    @TempDir
    Path repository;

    @Test
    void readsLayersWithTheirConstraintsAndForbiddenDependencies() throws Exception {
        ReadinessConfig config = ConfigLoader.load(write(EXAMPLE), repository);

        assertThat(config.source()).isEqualTo("readiness.yml");
        assertThat(config.architecture().layers())
                .extracting(Layer::name, Layer::packages, Layer::mayOnlyBeAccessedBy, Layer::mayNotBeAccessedBy,
                        Layer::mayOnlyAccess, Layer::mayNotAccess)
                .containsExactly(
                        tuple("web", java.util.List.of("..web..", "..controller.."), null,
                                java.util.List.of("service", "persistence"), null, null),
                        tuple("service", java.util.List.of("..service.."), java.util.List.of("web"), null, null, null),
                        tuple("persistence", java.util.List.of("..repository..", "..persistence.."),
                                java.util.List.of("service"), null, java.util.List.of(), null));
        assertThat(config.architecture().forbidden())
                .containsExactly(new ForbiddenDependency(java.util.List.of("..domain.."),
                        java.util.List.of("..web..", "java.sql.."),
                        "the domain model stays free of web and JDBC types"));
    }

    @Test
    void acceptsASingleGlobOrLayerNameWhereAListIsExpected() throws Exception {
        ReadinessConfig config = ConfigLoader.load(write("""
                architecture:
                  layers:
                    - name: web
                      packages: com.acme.(*).web..
                    - name: service
                      packages: com.acme.service..
                      mayOnlyBeAccessedBy: web
                  forbidden:
                    - from: ..domain..
                      to: java.sql..
                """), repository);

        assertThat(config.architecture().layers()).extracting(Layer::packages, Layer::mayOnlyBeAccessedBy)
                .containsExactly(tuple(java.util.List.of("com.acme.(*).web.."), null),
                        tuple(java.util.List.of("com.acme.service.."), java.util.List.of("web")));
        assertThat(config.architecture().forbidden()).extracting(ForbiddenDependency::to, ForbiddenDependency::reason)
                .containsExactly(tuple(java.util.List.of("java.sql.."), ""));
    }

    @Test
    void anEmptyOrCommentOnlyFileMeansNoSettings() throws Exception {
        ReadinessConfig empty = ConfigLoader.load(write(""), repository);
        ReadinessConfig comments = ConfigLoader.parse("readiness.yml", "readiness.yml", "# nothing yet\n\n");
        ReadinessConfig emptySection = ConfigLoader.parse("readiness.yml", "readiness.yml", "architecture:\n");

        assertThat(empty).isEqualTo(new ReadinessConfig("readiness.yml", ArchitectureConfig.NONE));
        assertThat(comments.architecture().isEmpty()).isTrue();
        assertThat(emptySection.architecture().isEmpty()).isTrue();
    }

    @Test
    void aFileOutsideTheRepositoryKeepsThePathAsGiven(@TempDir Path elsewhere) throws Exception {
        Path file = Files.writeString(elsewhere.resolve("shared.yml"), "architecture: {}\n");

        assertThat(ConfigLoader.load(file, repository).source()).isEqualTo(file.toString());
        assertThat(ConfigLoader.load(write("architecture: {}\n")).source())
                .isEqualTo(repository.resolve("readiness.yml").toString());
    }

    @Test
    void theMessageNamesFileLineAndColumn() throws Exception {
        Path file = write("architecture:\n  layer: []\n");

        ConfigException error = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file, repository));

        assertThat(error).hasMessage(file + ":2:3: unknown key 'layer' in architecture (allowed: layers, forbidden)"
                + "; did you mean 'layers'?");
        assertThat(error).extracting(ConfigException::line, ConfigException::column).containsExactly(2, 3);
    }

    @Test
    void areasAreDirectoriesRelativeToTheRepositoryRoot() throws Exception {
        ReadinessConfig config = ConfigLoader.parse("readiness.yml", "readiness.yml",
                "areas:\n  - src/main/java/org/acme/billing/\n  - services/ledger\n");

        assertThat(config.areas()).containsExactly("src/main/java/org/acme/billing", "services/ledger");
        assertThat(problem("areas:\n  - ../elsewhere\n")).isEqualTo("2:5: areas[0] '../elsewhere' must be a directory "
                + "relative to the repository root, with '/' between names and no '.' or '..'");
        assertThat(problem("areas:\n  - /abs\n")).startsWith("2:5: areas[0] '/abs' must be a directory");
        assertThat(problem("areas:\n  - a\n  - a/\n")).isEqualTo("3:5: areas[1] 'a' is listed twice");
    }

    @Test
    void unknownTopLevelKeysAreErrorsListingTheAllowedOnes() {
        assertThat(problem("architecture: {}\nthresholds:\n  foo: 1\n"))
                .isEqualTo("2:1: unknown key 'thresholds' in the top level (allowed: " + TOP_LEVEL + ")");
        assertThat(problem("architcture:\n  layers: []\n"))
                .isEqualTo("1:1: unknown key 'architcture' in the top level (allowed: " + TOP_LEVEL + ")"
                        + "; did you mean 'architecture'?");
    }

    @Test
    void unknownLayerKeysSuggestTheClosestConstraint() {
        assertThat(problem("""
                architecture:
                  layers:
                    - name: web
                      packages: ..web..
                      mayOnlyBeAccesedBy: []
                """)).isEqualTo("5:7: unknown key 'mayOnlyBeAccesedBy' in architecture.layers[0] (allowed: name, "
                + "packages, mayOnlyBeAccessedBy, mayNotBeAccessedBy, mayOnlyAccess, mayNotAccess)"
                + "; did you mean 'mayOnlyBeAccessedBy'?");
        assertThat(problem("architecture:\n  forbidden:\n    - from: a..\n      to: b..\n      because: x\n"))
                .startsWith("5:7: unknown key 'because' in architecture.forbidden[0] (allowed: from, to, reason)");
    }

    @Test
    void wrongTypesSayWhatWasExpected() {
        assertThat(problem("architecture:\n  layers:\n    - name: web\n      packages: {web: x}\n"))
                .isEqualTo("4:17: architecture.layers[0].packages must be a list of package globs, not a mapping");
        assertThat(problem("architecture:\n  layers: web\n"))
                .isEqualTo("2:11: architecture.layers must be a list of layers, not a string");
        assertThat(problem("architecture:\n  layers:\n    - name: 42\n      packages: a..\n"))
                .isEqualTo("3:13: architecture.layers[0].name must be a string, not a number");
        assertThat(problem("architecture:\n  layers:\n    - name: web\n      packages: [a.., [b..]]\n"))
                .isEqualTo("4:23: architecture.layers[0].packages[1] must be a string, not a list");
        assertThat(problem("architecture: [layers]\n"))
                .isEqualTo("1:15: architecture must be a mapping of layers, forbidden, not a list");
        assertThat(problem("- architecture\n"))
                .isEqualTo("1:1: the top level must be a mapping of " + TOP_LEVEL + ", not a list");
        assertThat(problem("architecture:\n  forbidden:\n    - from: a..\n      to: b..\n      reason: true\n"))
                .isEqualTo("5:15: architecture.forbidden[0].reason must be a string, not a boolean");
    }

    @Test
    void duplicateKeysPointAtTheSecondOccurrence() {
        assertThat(problem("architecture:\n  layers:\n    - name: web\n      packages: a..\n      name: api\n"))
                .isEqualTo("5:7: duplicate key 'name' (first at line 3, column 7)");
        assertThat(problem("architecture: {}\narchitecture: {}\n"))
                .isEqualTo("2:1: duplicate key 'architecture' (first at line 1, column 1)");
    }

    @Test
    void aLayerNeedsANameAndAtLeastOnePackageGlob() {
        assertThat(problem("architecture:\n  layers:\n    - name: web\n      packages: []\n"))
                .isEqualTo("4:17: architecture.layers[0].packages must list at least one package glob");
        assertThat(problem("architecture:\n  layers:\n    - name: web\n      packages:\n"))
                .isEqualTo("4:16: architecture.layers[0].packages is empty: it is required");
        assertThat(problem("architecture:\n  layers:\n    - packages: a..\n"))
                .isEqualTo("3:7: architecture.layers[0] has no 'name': it is required");
        assertThat(problem("architecture:\n  layers:\n    - name: \" \"\n      packages: a..\n"))
                .isEqualTo("3:13: architecture.layers[0].name must not be blank");
        assertThat(problem("architecture:\n  forbidden:\n    - from: a..\n"))
                .isEqualTo("3:7: architecture.forbidden[0] has no 'to': it is required");
    }

    @Test
    void aConstraintMayOnlyNameDefinedLayers() {
        assertThat(problem("""
                architecture:
                  layers:
                    - name: web
                      packages: ..web..
                      mayNotAccess: [persistence]
                    - name: service
                      packages: ..service..
                      mayOnlyBeAccessedBy: [web, servce]
                """)).isEqualTo("5:22: architecture.layers[0].mayNotAccess names undefined layer 'persistence' "
                + "(defined: web, service)");
        assertThat(problem("""
                architecture:
                  layers:
                    - name: web
                      packages: ..web..
                    - name: service
                      packages: ..service..
                      mayOnlyBeAccessedBy: [web, servce]
                """)).isEqualTo("7:34: architecture.layers[1].mayOnlyBeAccessedBy names undefined layer 'servce' "
                + "(defined: web, service); did you mean 'service'?");
    }

    @Test
    void layerNamesAreUnique() {
        assertThat(problem("""
                architecture:
                  layers:
                    - name: web
                      packages: ..web..
                    - name: web
                      packages: ..controller..
                """)).isEqualTo("5:13: duplicate layer name 'web' (first at line 3, column 13)");
    }

    @Test
    void packageGlobsMustBeValidArchUnitGlobs() {
        assertThat(problem("architecture:\n  layers:\n    - name: web\n      packages: [..web.., ...web]\n"))
                .isEqualTo("4:27: malformed package glob '...web' in architecture.layers[0].packages: "
                        + "Package Identifier may not contain more than two '.' in a row");
        assertThat(problem("architecture:\n  forbidden:\n    - from: com/acme\n      to: a..\n"))
                .isEqualTo("3:13: malformed package glob 'com/acme' in architecture.forbidden[0].from: Package "
                        + "Identifier 'com/acme' may only consist of valid java identifier parts or the symbols '.)(*'");
        assertThat(problem("architecture:\n  forbidden:\n    - from: a..\n      to: [\"com.(acme..\"]\n"))
                .startsWith("4:12: malformed package glob 'com.(acme..' in architecture.forbidden[0].to: "
                        + "unbalanced '(' or '['");
        assertThat(problem("architecture:\n  forbidden:\n    - from: ''\n      to: a..\n"))
                .isEqualTo("3:13: architecture.forbidden[0].from must not be blank");
    }

    @Test
    void yamlSyntaxErrorsAreReportedWhereTheParserStopped() {
        assertThat(problem("architecture:\n  layers: [web\n  forbidden: []\n"))
                .isEqualTo("3:12: YAML syntax error: expected ',' or ']', but got : "
                        + "(while parsing a flow sequence at line 2, column 11)");
        assertThat(problem("architecture:\n\tlayers: []\n"))
                .startsWith("2:1: YAML syntax error: found character '\\t(TAB)' that cannot start any token.");
    }

    @Test
    void aliasesAndSecondDocumentsAreRefused() {
        assertThat(problem("architecture:\n  layers:\n    - name: &n web\n      packages: a..\n"
                + "      mayNotAccess: [*n]\n"))
                .isEqualTo("5:22: YAML aliases (*n) are not supported: repeat the value");
        assertThat(problem("architecture: {}\n---\narchitecture: {}\n"))
                .isEqualTo("3:1: a second YAML document ('---'): the file holds one document");
    }

    @Test
    void tagsAreRefusedSoThatNoneConstructsAJavaObject() {
        assertThat(problem("architecture:\n  layers:\n    - name: !!java.lang.ProcessBuilder web\n      packages: a..\n"))
                .isEqualTo("3:13: YAML tags (!!java.lang.ProcessBuilder) are not supported: write the plain value");
        assertThat(problem("architecture: !custom\n  layers: []\n"))
                .isEqualTo("1:15: YAML tags (!custom) are not supported: write the plain value");
    }

    @Test
    void deepNestingIsRefused() {
        String nested = "[".repeat(YamlTreeReader.MAX_DEPTH + 2) + "]".repeat(YamlTreeReader.MAX_DEPTH + 2);

        assertThat(problem("architecture: " + nested + "\n"))
                .isEqualTo("1:" + (15 + YamlTreeReader.MAX_DEPTH) + ": nested more than "
                        + YamlTreeReader.MAX_DEPTH + " levels deep");
    }

    @Test
    void filesOverOneMebibyteAreRefusedBeforeParsing() throws Exception {
        Path file = write("# " + "x".repeat(ConfigLoader.MAX_BYTES) + "\n");

        assertThat(catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file)))
                .hasMessage(file + ":1:1: the file is larger than 1048576 bytes (1 MiB), the most a readiness.yml "
                        + "may hold");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWhereTheyAre() throws Exception {
        Path file = repository.resolve("readiness.yml");
        Files.write(file, "architecture:\n  layers: [caf\u00e9]\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file)))
                .hasMessage(file + ":2:15: not valid UTF-8 (byte 0xE9): save the file as UTF-8");
    }

    @Test
    void aByteOrderMarkIsIgnored() throws Exception {
        ReadinessConfig config = ConfigLoader.load(write("\uFEFFarchitecture:\n  layers: []\n"));

        assertThat(config.architecture().isEmpty()).isTrue();
    }

    @Test
    void aMissingFileOrADirectoryIsAnErrorWithoutPosition() throws IOException {
        Path missing = repository.resolve("nope.yml");
        Path directory = Files.createDirectory(repository.resolve("conf"));

        assertThat(catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(missing)))
                .hasMessage(missing + ": no such file");
        assertThat(catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(directory)))
                .hasMessage(directory + ": is a directory, not a readiness.yml file");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(repository.resolve("readiness.yml"), yaml);
    }

    /** The message of loading {@code yaml}, without the file name. */
    private static String problem(String yaml) {
        ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.parse("readiness.yml", "readiness.yml", yaml));
        assertThat(error).isNotNull();
        return error.getMessage().substring("readiness.yml:".length());
    }
}
