package dev.readiness.rules.testing;

import dev.readiness.core.rule.Location;
import dev.readiness.core.rule.Region;
import dev.readiness.core.testmodel.TestModel;

/** Where a test-model finding goes: the test method's name. */
final class TestLocations {

    private TestLocations() {
    }

    static Location ofTest(TestModel.TestCase test) {
        int line = Math.max(1, test.method().line());
        int column = test.method().column();
        Region region = column > 0 ? new Region(line, column, line, column + test.method().name().length())
                : Region.line(line);
        return Location.of(test.path(), region, test.method().symbol());
    }
}
