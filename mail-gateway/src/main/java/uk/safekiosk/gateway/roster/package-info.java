/**
 * Who is at the school, who may write to whom, and who may log on to mail.
 *
 * <h2>How the kiosk logs on to mail for a pupil</h2>
 * <p>A pupil never types a mail password and never sees one. When a member logs on to the kiosk, the kiosk calls
 * {@link uk.safekiosk.gateway.roster.MailTokens#issue(String)} for that member's address and gets a random 256-bit
 * secret (kept by the gateway only as a SHA-256 digest, in memory). The kiosk keeps the token in the member's server-side
 * session and uses it as the SMTP AUTH / IMAP LOGIN password with the member's own address as user name. At log-off
 * (or idle time-out) it calls {@link uk.safekiosk.gateway.roster.MailTokens#revoke(MailToken)}; a token also dies on its
 * own after its lifetime, and all die when the gateway restarts.
 *
 * <p>Why a pupil can never act as another: a token is accepted only together with the one address it was minted for
 * ({@link uk.safekiosk.gateway.roster.MailLogin}); the SMTP front then requires MAIL FROM and the From header to equal
 * that authenticated address, and the IMAP store opens only that address's mailbox. The token never reaches the
 * browser, so a child cannot copy it, and it is useless once they log off.
 *
 * <p>Mail clients outside the kiosk (Thunderbird, swaks) log on with the member's own password, checked by the
 * {@link uk.safekiosk.gateway.roster.Credentials} port; a school that wants pupils to use mail only in the kiosk makes
 * that port refuse pupils.
 */
package uk.safekiosk.gateway.roster;
