package dev.readiness.rules.context;

import dev.readiness.core.rule.FactExtractor;
import dev.readiness.core.source.JavaFile;
import java.util.List;

/** What the public top-level types of one production file document, kept for {@link UndocumentedPublicApi}. */
public record PublicTypeDocs(List<ApiDocFacts> types) {

    public PublicTypeDocs {
        types = List.copyOf(types);
    }

    /** Takes them from the parse tree; a file without a public top-level type has none. */
    public static final class Extractor implements FactExtractor<PublicTypeDocs> {

        @Override
        public Class<PublicTypeDocs> type() {
            return PublicTypeDocs.class;
        }

        @Override
        public PublicTypeDocs extract(JavaFile file) {
            List<ApiDocFacts> types = ApiDocFacts.of(file.unit());
            return types.isEmpty() ? null : new PublicTypeDocs(types);
        }
    }
}
