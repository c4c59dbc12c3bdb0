package dev.readiness.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.core.engine.Analyzer;
import dev.readiness.core.engine.ProgressListener;
import dev.readiness.core.engine.Scan;
import dev.readiness.core.engine.ScanRequest;
import dev.readiness.core.rule.Finding;
import dev.readiness.core.rule.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loaded readiness.yml travels with the scan request to the rules and into the scan target. */
class ConfigDeliveryTest {

    @TempDir
    Path repository;

    @Test
    void rulesSeeTheLoadedLayersAndReportsSeeTheSource() throws Exception {
        Files.createDirectories(repository.resolve("src/com/acme/web"));
        Files.writeString(repository.resolve("src/com/acme/web/Api.java"), "package com.acme.web;\nclass Api { }\n");
        Path file = Files.writeString(repository.resolve("readiness.yml"),
                "architecture:\n  layers:\n    - name: web\n      packages: ..web..\n");
        ReadinessConfig config = ConfigLoader.load(file, repository);
        Analyzer analyzer = new Analyzer(RuleRegistry.of(LayerEchoRule.class), ProgressListener.NONE);

        try (Scan scan = analyzer.analyze(new ScanRequest(repository, 1).withConfig(config))) {
            assertThat(scan.result().findings()).extracting(finding -> finding.location().path(), Finding::message)
                    .containsExactly(tuple("readiness.yml", "layer web [..web..]"));
            assertThat(scan.result().target().config()).isEqualTo("readiness.yml");
        }
    }

    @Test
    void withoutConfigRulesSeeNoLayersAndTheTargetNamesNoFile() throws Exception {
        Files.writeString(repository.resolve("App.java"), "class App { }\n");
        Analyzer analyzer = new Analyzer(RuleRegistry.of(LayerEchoRule.class), ProgressListener.NONE);

        try (Scan scan = analyzer.analyze(new ScanRequest(repository, 1))) {
            assertThat(scan.result().findings()).isEmpty();
            assertThat(scan.result().target().config()).isNull();
        }
    }
}
