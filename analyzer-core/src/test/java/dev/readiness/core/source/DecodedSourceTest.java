package dev.readiness.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DecodedSourceTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void validUtf8IsDecodedWithoutWarning() {
        DecodedSource decoded = DecodedSource.decode("class Größe { String s = \"€\"; }".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo("class Größe { String s = \"€\"; }");
        assertThat(decoded.warning()).isEmpty();
    }

    @Test
    void byteOrderMarkIsDropped() {
        DecodedSource decoded = DecodedSource.decode(concat(BOM, "class A {}".getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded.text()).isEqualTo("class A {}").doesNotContain("\uFEFF");
        assertThat(decoded.warning()).isEmpty();
    }

    @Test
    void invalidUtf8FallsBackToLatin1AndNamesTheFirstBadOffset() {
        byte[] latin1 = "// café\nclass A {}".getBytes(StandardCharsets.ISO_8859_1);

        DecodedSource decoded = DecodedSource.decode(latin1);

        assertThat(decoded.text()).isEqualTo("// café\nclass A {}");
        assertThat(decoded.warning())
                .contains("not valid UTF-8 (first bad byte at offset 6); read as ISO-8859-1");
    }

    @Test
    void badByteAfterValidMultiByteCharactersIsFoundAtItsByteOffset() {
        byte[] bytes = concat("é€".getBytes(StandardCharsets.UTF_8), new byte[] {'x', (byte) 0xFF});

        DecodedSource decoded = DecodedSource.decode(bytes);

        assertThat(decoded.warning()).contains("not valid UTF-8 (first bad byte at offset 6); read as ISO-8859-1");
        assertThat(decoded.text()).hasSize(7).endsWith("x\u00FF");
    }

    @Test
    void invalidUtf8AfterByteOrderMarkDropsTheMarkAndCountsOffsetFromFileStart() {
        byte[] bytes = concat(BOM, new byte[] {'a', 'b', (byte) 0xE9});

        DecodedSource decoded = DecodedSource.decode(bytes);

        assertThat(decoded.text()).isEqualTo("ab\u00E9");
        assertThat(decoded.warning()).contains("not valid UTF-8 (first bad byte at offset 5); read as ISO-8859-1");
    }

    @Test
    void truncatedSequenceAtEndOfFileIsInvalid() {
        byte[] bytes = {'a', 'b', (byte) 0xC3};

        DecodedSource decoded = DecodedSource.decode(bytes);

        assertThat(decoded.text()).isEqualTo("ab\u00C3");
        assertThat(decoded.warning()).contains("not valid UTF-8 (first bad byte at offset 2); read as ISO-8859-1");
    }

    @Test
    void emptyInputDecodesToEmptyText() {
        DecodedSource decoded = DecodedSource.decode(new byte[0]);

        assertThat(decoded.text()).isEmpty();
        assertThat(decoded.warning()).isEmpty();
    }

    @Test
    void textIsNotBinary() {
        assertThat(DecodedSource.looksBinary("class A { char c = '\\0'; }".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(DecodedSource.looksBinary(new byte[0])).isFalse();
    }

    @Test
    void nulByteWithinFirst8000BytesMeansBinary() {
        byte[] bytes = filled(8000);
        bytes[7999] = 0;

        assertThat(DecodedSource.looksBinary(bytes)).isTrue();
    }

    @Test
    void nulByteAfterFirst8000BytesIsNotLookedAt() {
        byte[] bytes = filled(8001);
        bytes[8000] = 0;

        assertThat(DecodedSource.looksBinary(bytes)).isFalse();
    }

    @Test
    void leadingNulByteMeansBinary() {
        assertThat(DecodedSource.looksBinary(new byte[] {0, 'P', 'K'})).isTrue();
    }

    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
