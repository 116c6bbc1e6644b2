package uk.safekiosk.gateway.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A message parsed once: everything the policy rules look at. Built from raw MIME by the parser, or directly from
 * plain text (CLI, live check while a pupil types).
 *
 * @param sender      the envelope / authenticated sender address
 * @param recipients  envelope recipients
 * @param subject     decoded subject (also present in {@link #texts()} as {@link TextOrigin#SUBJECT})
 * @param body        the visible body text that would be rebuilt and delivered
 * @param texts       every piece of text rules must scan, subject and body included
 * @param attachments facts about non-text content
 * @param defects     MIME problems found while parsing; any defect means the message is held as MALFORMED
 */
public record MessageView(
        String sender,
        List<String> recipients,
        String subject,
        String body,
        List<TextPart> texts,
        List<AttachmentFact> attachments,
        List<String> defects) {

    public MessageView {
        sender = sender == null ? "" : sender;
        recipients = List.copyOf(recipients);
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        texts = List.copyOf(texts);
        attachments = List.copyOf(attachments);
        defects = List.copyOf(defects);
    }

    /** A message that is only a subject and a plain-text body. */
    public static MessageView ofPlainText(String sender, List<String> recipients, String subject, String body) {
        List<TextPart> texts = new ArrayList<>(2);
        texts.add(new TextPart(TextOrigin.SUBJECT, Objects.requireNonNullElse(subject, "")));
        texts.add(new TextPart(TextOrigin.BODY, Objects.requireNonNullElse(body, "")));
        return new MessageView(sender, recipients, subject, body, texts, List.of(), List.of());
    }
}
