package uk.safekiosk.kiosk.whistle;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The reported message as the pupil had it (the gateway's plain-text rebuild), read once.
 *
 * @param key the Message-ID, the same in every recipient's copy of one message, so reports of it fold together
 * @param raw the whole message as it was in the inbox
 */
record ReportedMessage(String key, String senderAddress, String senderName, String subject, String text, String raw) {

    private static final int MAX_KEY = 400;

    static ReportedMessage parse(byte[] rfc822) throws IOException {
        try {
            MimeMessage message = new MimeMessage(null, new ByteArrayInputStream(rfc822));
            Address[] from = message.getFrom();
            InternetAddress sender = from != null && from.length > 0 && from[0] instanceof InternetAddress ia
                    ? ia : new InternetAddress();
            String senderAddress = sender.getAddress() == null ? "" : sender.getAddress();
            String name = sender.getPersonal() == null ? senderAddress : sender.getPersonal();
            Object content = message.getContent();
            String text = content instanceof String s ? s : "";
            String messageId = message.getMessageID();
            String key = messageId == null || messageId.isBlank() || messageId.length() > MAX_KEY
                    ? "sha256:" + sha256(rfc822) : messageId.strip();
            return new ReportedMessage(key, senderAddress, name, message.getSubject() == null ? ""
                    : message.getSubject(), text, new String(rfc822, StandardCharsets.UTF_8));
        } catch (MessagingException e) {
            throw new IOException("The reported message could not be read", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
