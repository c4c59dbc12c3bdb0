package dev.readiness.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LengthPrefixedTest {

    private static DataInputStream input(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }

    @Test
    void whatIsWrittenIsReadBackInOrder() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        LengthPrefixed.writeString(out, "Grüße\n");
        LengthPrefixed.write(out, new byte[] {0, -1, 7});

        DataInputStream in = input(bytes.toByteArray());

        assertThat(LengthPrefixed.readString(in)).isEqualTo("Grüße\n");
        assertThat(LengthPrefixed.read(in)).containsExactly(0, -1, 7);
    }

    @Test
    void aNegativeOrHugeLengthOrAnEntryCutShortIsRefused() throws IOException {
        byte[] negative = ByteBuffer.allocate(4).putInt(-1).array();
        byte[] huge = ByteBuffer.allocate(4).putInt(LengthPrefixed.MAX_BYTES + 1).array();
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        LengthPrefixed.writeString(new DataOutputStream(whole), "a value");
        byte[] cut = Arrays.copyOf(whole.toByteArray(), whole.size() - 1);

        assertThatThrownBy(() -> LengthPrefixed.read(input(negative))).hasMessageContaining("-1 bytes");
        assertThatThrownBy(() -> LengthPrefixed.read(input(huge))).hasMessageContaining("bytes");
        assertThatThrownBy(() -> LengthPrefixed.read(input(cut))).hasMessageContaining("ends inside an entry");
    }
}
