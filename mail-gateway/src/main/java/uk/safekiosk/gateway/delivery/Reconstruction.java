package uk.safekiosk.gateway.delivery;

import java.time.Clock;
import java.util.List;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.parse.PlainTextRebuilder;
import uk.safekiosk.gateway.parse.PlainTextRebuilder.Mailbox;
import uk.safekiosk.gateway.roster.Member;
import uk.safekiosk.gateway.roster.Roster;

/**
 * Content disarm and reconstruction for delivery: a brand-new text/plain message made only of the extracted subject
 * and body. From and To come from the envelope, names from the roster; the Message-ID is the gateway's own id.
 */
final class Reconstruction {

    private final PlainTextRebuilder rebuilder;
    private final Roster roster;
    private final String messageIdDomain;

    Reconstruction(Clock clock, Roster roster, String messageIdDomain) {
        this.rebuilder = new PlainTextRebuilder(clock);
        this.roster = roster;
        this.messageIdDomain = messageIdDomain;
    }

    byte[] rebuild(String id, String sender, List<String> recipients, MessageView view) {
        return rebuilder.rebuildBytes(view, mailbox(sender), recipients.stream().map(this::mailbox).toList(),
                "<" + id + "@" + messageIdDomain + ">");
    }

    private Mailbox mailbox(String address) {
        return new Mailbox(address, roster.find(address).map(Member::displayName).orElse(""));
    }
}
