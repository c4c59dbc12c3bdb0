package dev.readiness.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The OASIS SARIF 2.1.0 schema (draft-04), loaded from the test kit's resources so no test touches the network. */
public final class SarifSchema {

    private static final Schema SCHEMA = load();

    private SarifSchema() {
    }

    /** What {@code sarif} breaks of the schema, one message per violation; empty when it is valid. */
    public static List<String> validate(JsonNode sarif) {
        return SCHEMA.validate(sarif).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("sarif-schema-2.1.0.json missing from the test kit");
            }
            JsonNode schema = new ObjectMapper().readTree(in);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
