package dev.readiness.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackageGlobsTest {

    @Test
    void acceptsWhatArchUnitAccepts() {
        assertThat(PackageGlobs.problem("..web..")).isEmpty();
        assertThat(PackageGlobs.problem("com.acme.service..")).isEmpty();
        assertThat(PackageGlobs.problem("com.acme.(*)..")).isEmpty();
        assertThat(PackageGlobs.problem("com.acme.[web|api]..")).isEmpty();
    }

    @Test
    void explainsWhatArchUnitRejects() {
        assertThat(PackageGlobs.problem("com...acme"))
                .hasValue("Package Identifier may not contain more than two '.' in a row");
        assertThat(PackageGlobs.problem("com.acme-web"))
                .hasValue("Package Identifier 'com.acme-web' may only consist of valid java identifier parts or the "
                        + "symbols '.)(*'");
        assertThat(PackageGlobs.problem("com.(acme")).hasValue("unbalanced '(' or '[' (Unclosed group)");
        assertThat(PackageGlobs.problem(" ")).hasValue("a package glob must not be empty");
    }

    @Test
    void refusesMoreWildcardPackagesThanArchUnitMatchesInReasonableTime() {
        assertThat(PackageGlobs.problem("..a..b..c..")).isEmpty();
        assertThat(PackageGlobs.problem("..a..a..a..a..b.."))
                .hasValue("a package glob may hold at most 4 '..' (this one has 6)");
    }
}
