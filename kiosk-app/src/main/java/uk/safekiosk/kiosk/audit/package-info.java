/**
 * The append-only audit: every staff action and every pupil action that matters, with who, what and when. Other
 * features call {@link uk.safekiosk.kiosk.audit.AuditLog}; the audit depends on no feature.
 */
package uk.safekiosk.kiosk.audit;
