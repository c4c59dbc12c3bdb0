package dev.readiness.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** Size of data once gzipped, as GitHub measures its SARIF upload limit, without keeping the gzipped bytes. */
final class GzipSize {

    private GzipSize() {
    }

    static long of(byte[] data) {
        CountingSink sink = new CountingSink();
        try (GZIPOutputStream gzip = new GZIPOutputStream(sink, 64 * 1024)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return sink.count;
    }

    private static final class CountingSink extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
