package uk.safekiosk.gateway.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.safekiosk.gateway.message.AttachmentFact;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;
import uk.safekiosk.gateway.message.TextPart;

/**
 * Collects what the parser finds, within a fixed budget. Whatever does not fit is dropped and recorded as a defect,
 * so a hostile message can neither exhaust memory nor slip text past the rules: a defect holds the message.
 */
final class ViewBuilder {

    private static final int MAX_DEFECTS = 100;
    private static final int MAX_ATTACHMENTS = 1_000;
    private static final int MAX_TEXT_PARTS = 5_000;

    private final int maxTextChars;
    private final List<String> bodyPieces = new ArrayList<>();
    private final List<TextPart> texts = new ArrayList<>();
    private final List<AttachmentFact> attachments = new ArrayList<>();
    private final Set<String> defects = new LinkedHashSet<>();
    private String subject = "";
    private int charsUsed;

    ViewBuilder(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    void subject(String decodedSubject) {
        subject = take(decodedSubject);
    }

    /** Text a reader sees; it becomes part of the delivered body. */
    void bodyText(String text) {
        String normalised = TextNormaliser.lines(text);
        if (!normalised.isBlank()) {
            bodyPieces.add(take(normalised));
        }
    }

    /** Text the rules must scan but that is not part of the delivered body. */
    void text(TextOrigin origin, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (texts.size() >= MAX_TEXT_PARTS) {
            defect("more separate pieces of text than the parser keeps (" + MAX_TEXT_PARTS + ")");
            return;
        }
        String kept = take(text.strip());
        if (!kept.isEmpty()) {
            texts.add(new TextPart(origin, kept));
        }
    }

    void attachment(AttachmentFact fact) {
        if (attachments.size() < MAX_ATTACHMENTS) {
            attachments.add(fact);
        } else {
            defect("more attachments than the parser lists (" + MAX_ATTACHMENTS + ")");
        }
    }

    void defect(String description) {
        if (defects.size() < MAX_DEFECTS) {
            defects.add(description);
        }
    }

    boolean hasBudgetLeft() {
        return charsUsed < maxTextChars;
    }

    MessageView build(String sender, List<String> recipients) {
        String body = String.join("\n\n", bodyPieces);
        List<TextPart> all = new ArrayList<>(texts.size() + 2);
        all.add(new TextPart(TextOrigin.SUBJECT, subject));
        all.add(new TextPart(TextOrigin.BODY, body));
        all.addAll(texts);
        return new MessageView(sender, recipients == null ? List.of() : recipients, subject, body, all, attachments,
                List.copyOf(defects));
    }

    private String take(String text) {
        int room = maxTextChars - charsUsed;
        if (text.length() <= room) {
            charsUsed += text.length();
            return text;
        }
        defect("more text than the parser scans (" + maxTextChars + " characters); the rest was not scanned");
        charsUsed = maxTextChars;
        return room <= 0 ? "" : text.substring(0, room);
    }
}
