package uk.safekiosk.gateway.store;

/**
 * A message in a member's INBOX as an IMAP client sees it. UIDs are only meaningful with their UIDVALIDITY, which
 * changes when the gateway restarts (mailboxes are rebuilt from the journal), so both are needed.
 */
public record MessageRef(String address, long uidValidity, long uid) {}
