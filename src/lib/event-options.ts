// The fixed choices of events (decision 022), shared by the database schema, the validation and the pages.
/** atelier, journée découverte, séance d'échange de savoirs, réunion. */
export const EVENT_KINDS = ['workshop', 'discovery_day', 'skills_session', 'meeting'] as const;
/** Who may register: the network's members, the group's members, or anyone with the secret link (decision 024). */
export const EVENT_AUDIENCES = ['network', 'group', 'link'] as const;
export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'offered', 'cancelled', 'expired'] as const;
/**
 * A registration that **holds a place**: registered, or a freed place offered and not yet taken. These are what
 * the capacity counts (« 3 places prises sur 12 »), what a member's calendar feed shows, and what the database's
 * capacity triggers count (migrations/code/event_registrations_within_capacity.sql).
 */
export const PLACE_HOLDING_STATUSES: readonly string[] = ['registered', 'offered'];
/** A **live** registration: holding a place or waiting for one. One per person and occurrence (decision 022). */
export const LIVE_REGISTRATION_STATUSES: readonly string[] = ['registered', 'waitlisted', 'offered'];
export const ATTENDANCES = ['present', 'absent'] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
export type EventAudience = (typeof EVENT_AUDIENCES)[number];
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export type Attendance = (typeof ATTENDANCES)[number];
