package uk.safekiosk.gateway.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;

/** Property-style: thousands of damaged fixtures, and the parser must answer every one without throwing. */
class ParserRobustnessTest {

    private static final long SEED = 20261123L;
    private static final int ROUNDS = 3_000;
    private static final List<byte[]> TOKENS = List.of("\r", "\n", "\r\n", "\0", "--", "=?", "?=", "=?UTF-8?B?",
            "\nContent-Type: multipart/mixed; boundary=x\n\n--x\n", "\n--x--\n", "begin 644 a.exe\nM",
            "<div style=\"display:none\">", "</div>", "<!--", "\u00ff\u00fe", "=\n",
            "Content-Transfer-Encoding: base64\n",
            "charset=\"utf-7\"", "\nContent-Type: message/rfc822\n\n", "<img src=\"cid:", "data:image/png;base64,")
            .stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();

    @Test
    void mutatedAndTruncatedFixturesNeverMakeTheParserThrow() {
        List<byte[]> fixtures = Eml.FIXTURES.stream().map(Eml::fixture).toList();
        MimeMessageParser parser = new MimeMessageParser();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();

        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int round = 0; round < ROUNDS; round++) {
                byte[] input = mutate(fixtures.get(random.nextInt(fixtures.size())), fixtures, random);
                try {
                    MessageView view = parser.parse(Eml.SENDER, Eml.RECIPIENTS, input);
                    assertThat(view.texts().get(0).origin()).isEqualTo(TextOrigin.SUBJECT);
                    assertThat(view.texts().get(1).origin()).isEqualTo(TextOrigin.BODY);
                    assertThat(view.texts().get(1).text()).isEqualTo(view.body());
                } catch (RuntimeException | AssertionError e) {
                    failures.add("round " + round + ": " + e);
                }
            }
        });

        assertThat(failures).isEmpty();
    }

    private static byte[] mutate(byte[] original, List<byte[]> fixtures, Random random) {
        byte[] bytes = original;
        int operations = 1 + random.nextInt(4);
        for (int i = 0; i < operations; i++) {
            bytes = switch (random.nextInt(7)) {
                case 0 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
                case 1 -> flip(bytes, random);
                case 2 -> insert(bytes, TOKENS.get(random.nextInt(TOKENS.size())), random);
                case 3 -> deleteSlice(bytes, random);
                case 4 -> duplicateSlice(bytes, random);
                case 5 -> splice(bytes, fixtures.get(random.nextInt(fixtures.size())), random);
                default -> new String(bytes, StandardCharsets.ISO_8859_1).replace("\n", "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
            };
        }
        return bytes;
    }

    private static byte[] flip(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < 1 + random.nextInt(20) && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] insert(byte[] bytes, byte[] token, Random random) {
        int at = random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + token.length);
        out.write(bytes, 0, at);
        out.writeBytes(token);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] deleteSlice(byte[] bytes, Random random) {
        if (bytes.length < 2) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, from);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    private static byte[] duplicateSlice(byte[] bytes, Random random) {
        if (bytes.length < 2) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(500));
        return insert(bytes, Arrays.copyOfRange(bytes, from, to), random);
    }

    private static byte[] splice(byte[] head, byte[] tail, Random random) {
        int cut = random.nextInt(head.length + 1);
        int from = random.nextInt(tail.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(cut + tail.length - from);
        out.write(head, 0, cut);
        out.write(tail, from, tail.length - from);
        return out.toByteArray();
    }
}
