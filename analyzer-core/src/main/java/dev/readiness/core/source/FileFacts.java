package dev.readiness.core.source;

import java.util.List;

/**
 * What the engine keeps of a parsed Java file once its tree is dropped: its size in lines and lines
 * of code (lines holding at least one token that is not a comment), and the types it declares.
 */
public record FileFacts(String path, String blobId, int lines, int linesOfCode, List<TypeInfo> types) {

    public FileFacts {
        types = List.copyOf(types);
    }
}
