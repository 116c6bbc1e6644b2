package uk.safekiosk.gateway.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import uk.safekiosk.gateway.message.AttachmentFact;
import uk.safekiosk.gateway.message.AttachmentKind;
import uk.safekiosk.gateway.message.MessageParser;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.message.TextPart;

/** A small stand-in for the real MIME parser: subject, first text/plain part, and a fact for any other part. */
public final class TestParser implements MessageParser {

    private final Session session = Session.getInstance(new Properties());

    @Override
    public MessageView parse(String envelopeSender, List<String> envelopeRecipients, byte[] rfc822) {
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(rfc822));
            String subject = message.getSubject();
            List<AttachmentFact> attachments = new ArrayList<>();
            String body = firstText(message, attachments);
            return new MessageView(envelopeSender, envelopeRecipients, subject, body,
                    List.of(new TextPart(TextOrigin.SUBJECT, subject), new TextPart(TextOrigin.BODY, body)),
                    attachments, List.of());
        } catch (Exception e) {
            return new MessageView(envelopeSender, envelopeRecipients, "", "", List.of(), List.of(),
                    List.of("unreadable: " + e.getMessage()));
        }
    }

    private static String firstText(Part part, List<AttachmentFact> attachments) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String text = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = firstText(child, attachments);
                if (text == null && found != null) {
                    text = found;
                }
            }
            return text;
        }
        if (part.isMimeType("text/*")) {
            return null;
        }
        attachments.add(new AttachmentFact(AttachmentKind.PART, part.getFileName(), part.getContentType(), part.getSize()));
        return null;
    }
}
