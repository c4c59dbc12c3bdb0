package dev.readiness.core.repo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.CoreConfig;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.io.AutoLFInputStream;

/**
 * The blob id of a work tree file as {@code git hash-object} computes it: with {@code core.autocrlf} set in the
 * repository's configuration, CRLF line endings of a text file count as LF, so a Windows checkout matches its
 * commits. This built-in conversion is the only one applied; configured filter programs never run.
 */
enum LineEndings {
    AS_IS,
    TO_LF;

    static LineEndings of(Repository repository) {
        CoreConfig.AutoCRLF autoCrlf = repository.getConfig().getEnum("core", null, "autocrlf",
                CoreConfig.AutoCRLF.FALSE);
        return autoCrlf == CoreConfig.AutoCRLF.FALSE ? AS_IS : TO_LF;
    }

    /** The bytes Git would store for {@code bytes}. */
    byte[] clean(byte[] bytes) {
        if (this == AS_IS) {
            return bytes;
        }
        try (AutoLFInputStream in = AutoLFInputStream.create(new ByteArrayInputStream(bytes),
                AutoLFInputStream.StreamFlag.DETECT_BINARY)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory
        }
    }

    String blobId(byte[] bytes) {
        return new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, clean(bytes)).name();
    }
}
