package vn.kiemchung.extraction.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.kiemchung.extraction.RawText;

/** A reply crosses the pipe as JSON with its text beside it in plain UTF-8: the same reply comes out. */
class FramesTest {

    private static byte[] written(ParseReply reply) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Frames.writeReply(new DataOutputStream(bytes), reply);
        return bytes.toByteArray();
    }

    private static ParseReply read(byte[] bytes) throws IOException {
        return Frames.readReply(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    @Test
    void aReplyAndItsTextComeOutAsTheyWentIn() throws IOException {
        String text = "QUYẾT ĐỊNH\nVề việc phê duyệt \"Kế hoạch\" chuyển đổi số\f\tTrang 2 \\ 😀 \u0000 end";
        ParseReply reply = new ParseReply(new RawText(RawText.Outcome.OK, null, "application/pdf", text, 2, false,
                Map.of("pages", "2"), List.of()), false, 12);
        assertThat(read(written(reply))).isEqualTo(reply);

        ParseReply failed = new ParseReply(RawText.failed(RawText.Outcome.UNREADABLE, "truncated", "application/pdf"), true, 3);
        assertThat(read(written(failed))).isEqualTo(failed);
        ParseReply noText = new ParseReply(new RawText(RawText.Outcome.NO_TEXT, "scan", "image/png", null, 1, false, Map.of(),
                List.of()), true, 0);
        assertThat(read(written(noText))).isEqualTo(noText);
        assertThat(read(new byte[0])).as("a clean end of the stream").isNull();
    }

    @Test
    void aTextCutShortOrALengthOutOfBoundsIsABrokenStream() throws IOException {
        byte[] whole = written(new ParseReply(new RawText(RawText.Outcome.OK, null, "text/plain", "Báo cáo số 12", 1, false,
                Map.of(), List.of()), false, 1));
        assertThatThrownBy(() -> read(Arrays.copyOf(whole, whole.length - 3))).isInstanceOf(EOFException.class);
        byte[] bad = whole.clone();
        int textLengthAt = whole.length - "Báo cáo số 12".getBytes(java.nio.charset.StandardCharsets.UTF_8).length - 4;
        bad[textLengthAt] = (byte) 0x7f;
        assertThatThrownBy(() -> read(bad)).isInstanceOf(IOException.class).hasMessageContaining("bad text frame length");
    }
}
