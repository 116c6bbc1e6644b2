package uk.safekiosk.gateway.cli;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.safekiosk.gateway.message.MessageParser;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.policy.Policy;
import uk.safekiosk.gateway.policy.Verdict;

/**
 * {@code check-eml FILE...}: parses each raw RFC 822 file as the gateway would and prints one JSON line per file,
 * {@code {"file","verdict","reasons","explanation"}}. Exit code 0 when every file was checked, 1 when a file could not
 * be read (the others are still checked), 2 for a usage error.
 */
public final class CheckEmlCommand {

    public static final String NAME = "check-eml";

    private final MessageParser parser;
    private final JsonMapper json = JsonMapper.builder().build();

    public CheckEmlCommand(MessageParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    public int run(List<String> args, Policy policy, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("usage: " + NAME + " FILE...");
            return 2;
        }
        int exit = 0;
        for (String file : args) {
            byte[] raw;
            try {
                raw = Files.readAllBytes(Path.of(file));
            } catch (IOException | RuntimeException e) {
                err.println(NAME + ": cannot read " + file + ": " + e.getMessage());
                exit = 1;
                continue;
            }
            Envelope envelope = Envelope.fromHeaders(raw);
            MessageView message = parser.parse(envelope.sender(), envelope.recipients(), raw);
            out.println(line(file, policy.evaluate(message)));
        }
        return exit;
    }

    private String line(String file, Verdict verdict) {
        ObjectNode line = json.createObjectNode();
        line.put("file", file);
        line.put("verdict", verdict.name());
        ArrayNode reasons = line.putArray("reasons");
        verdict.reasons().forEach(r -> reasons.add(r.name()));
        line.put("explanation", verdict.explanation());
        return json.writeValueAsString(line);
    }

    /** A file has no SMTP envelope, so its From and To/Cc headers stand in for one (best effort, never fails). */
    private record Envelope(String sender, List<String> recipients) {
        static Envelope fromHeaders(byte[] raw) {
            try {
                InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(raw));
                List<String> from = addresses(headers, "From");
                List<String> to = addresses(headers, "To");
                List<String> all = new ArrayList<>(to);
                all.addAll(addresses(headers, "Cc"));
                return new Envelope(from.isEmpty() ? "" : from.getFirst(), all);
            } catch (MessagingException | RuntimeException unreadable) {
                return new Envelope("", List.of());
            }
        }

        private static List<String> addresses(InternetHeaders headers, String name) {
            String value = headers.getHeader(name, ",");
            if (value == null) {
                return List.of();
            }
            try {
                List<String> result = new ArrayList<>();
                for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                    result.add(address.getAddress());
                }
                return result;
            } catch (AddressException unparseable) {
                return List.of();
            }
        }
    }
}
