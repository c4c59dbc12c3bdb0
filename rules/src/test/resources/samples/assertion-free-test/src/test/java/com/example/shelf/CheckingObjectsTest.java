package com.example.shelf;

import static org.assertj.core.api.BDDAssertions.thenCode;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.errorprone.CompilationTestHelper;
import java.util.List;
import org.assertj.core.api.BDDSoftAssertions;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Checks made through AssertJ's BDD entry points, assert objects, soft assertions and other checking objects. */
@ExtendWith(SoftAssertionsExtension.class)
class CheckingObjectsTest {

    private final Shelf shelf = new Shelf();
    private ListAssert<String> emptyShelf;

    @BeforeEach
    void describeTheEmptyShelf() {
        emptyShelf = new ListAssert<>(shelf.titles());
    }

    @Test
    void codeThatMustNotThrow() {
        thenCode(() -> shelf.put("Dune")).doesNotThrowAnyException();
    }

    @Test
    void exceptionOfAKnownType() {
        thenIllegalArgumentException().isThrownBy(() -> shelf.put(null)).withMessage("title");
    }

    @Test
    void assertObjectKeptInAField() {
        emptyShelf.isEmpty();
    }

    @Test
    void assertObjectMadeInPlace() {
        shelf.put("Ulysses");
        new ListAssert<>(shelf.titles()).hasSize(1);
    }

    @Test
    void assertObjectFromAHelper() {
        shelfAssert().isEmpty();
    }

    @Test
    void aCheckingHelperPassedAsAMethodReference() {
        shelf.put("Emma");
        shelf.titles().forEach(this::checkTitle);
    }

    @Test
    void softAssertionsHandedInAsAParameter(BDDSoftAssertions softly) {
        shelf.put("Beloved");
        softly.then(shelf.titles()).contains("Beloved");
    }

    @Test
    void nullPointerTesterChecksEveryPublicMethod() {
        new NullPointerTester().testAllPublicInstanceMethods(shelf);
    }

    @Test
    void compilerTestHelperChecksTheDiagnostics() {
        CompilationTestHelper.newInstance(ShelfCheck.class, getClass())
                .addSourceLines("Reader.java", "class Reader {}")
                .doTest();
    }

    @Test
    void plainJavaAssert() {
        shelf.put("Walden");
        assert shelf.titles().contains("Walden") : shelf.titles();
    }

    @Test
    void handMadeAssertionError() {
        shelf.put("Persuasion");
        if (shelf.titles().isEmpty()) {
            throw new AssertionError("the title was not shelved");
        }
    }

    @Test
    void aTesterHeldInAVarChecksToo() {
        var npeTester = new NullPointerTester();
        npeTester.testAllPublicInstanceMethods(new Shelf());
    }

    @Test
    void equalsTesterChecksOnlyWhenItTests() { // expect: testing/assertion-free-test
        new EqualsTester().addEqualityGroup(new Shelf());
    }

    @Test
    void stubbingIsNoCheck() { // expect: testing/assertion-free-test "Test 'stubbingIsNoCheck' checks nothing"
        Shelf stub = mock(Shelf.class);
        when(stub.titles()).thenReturn(List.of("Kim"));
        when(stub.titles()).then(invocation -> List.of("Nana"));
        stub.titles();
    }

    @Test
    void wrappingAnUnexpectedFailureIsNoCheck() { // expect: testing/assertion-free-test
        try {
            shelf.put("Hamlet");
        } catch (IllegalArgumentException e) {
            throw new AssertionError(e);
        }
    }

    private void checkTitle(String title) {
        new ListAssert<>(List.of(title)).doesNotContainNull();
    }

    private ListAssert<String> shelfAssert() {
        return new ListAssert<>(shelf.titles());
    }
}
