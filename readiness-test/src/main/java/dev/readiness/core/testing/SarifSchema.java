package dev.readiness.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The OASIS SARIF 2.1.0 schema (draft-04), loaded from the test kit's resources so no test touches the network. */
public final class SarifSchema {

    private static final JsonSchema SCHEMA = load();

    private SarifSchema() {
    }

    /** What {@code sarif} breaks of the schema; empty when it is valid. */
    public static Set<ValidationMessage> validate(JsonNode sarif) {
        return SCHEMA.validate(sarif);
    }

    private static JsonSchema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("sarif-schema-2.1.0.json missing from the test kit");
            }
            JsonNode schema = new ObjectMapper().readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
