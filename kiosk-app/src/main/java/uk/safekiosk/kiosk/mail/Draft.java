package uk.safekiosk.kiosk.mail;

import java.util.Set;

/** What a pupil wrote: roster ids of the people picked (never typed addresses), subject and text. */
public record Draft(Set<Long> recipientIds, String subject, String body) {
    public Draft {
        recipientIds = Set.copyOf(recipientIds);
        subject = subject == null ? "" : subject.strip();
        body = body == null ? "" : body;
    }
}
