/**
 * The one audit trail: every module publishes what happened as events ({@link vn.kiemchung.trail.Traced},
 * or a plain {@link vn.kiemchung.trail.TrailEntry}); {@link vn.kiemchung.trail.AuditTrail} alone writes them to
 * the append-only {@code audit_event} table, in the publisher's transaction, and reads them back.
 */
package vn.kiemchung.trail;
