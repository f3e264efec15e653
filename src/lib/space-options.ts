// The fixed choices of the shared space (decision 029), shared by the database schema, the validation and the pages.
/** salle (réunion, cuisine), poste informatique, objet de la matériauthèque (lent, not booked by the hour). */
export const RESOURCE_KINDS = ['room', 'station', 'item'] as const;
/** The kinds booked by time slots on the week grid; items are lent (holds and loans, a later part of issue 15). */
export const BOOKABLE_KINDS = ['room', 'station'] as const;
/** Who may book or borrow: the network's members, the members of one group, or the coordinators only. */
export const RESOURCE_AUDIENCES = ['members', 'group', 'coordinators'] as const;
/**
 * A booking holds its slot while requested (on a resource a coordinator approves) or confirmed; cancelled,
 * refused and lapsed (a request nobody decided before its start) ones stay as history and free the slot.
 */
export const BOOKING_STATUSES = ['requested', 'confirmed', 'cancelled', 'refused', 'lapsed'] as const;
/** The statuses that hold the slot: the exclusion constraint's WHERE, the grid, the quotas and the closures. */
export const SLOT_HOLDING_STATUSES = ['requested', 'confirmed'] as const;
/** ISO weekdays, Monday = 1 … Sunday = 7 (PostgreSQL's `isodow`). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The rules a new resource starts with — the form's prefilled values, the demo's and the tests': one-hour slots,
 * bookings of 1 to 2 hours up to 14 days ahead, 2 future bookings per person, no buffer; items lent 14 days,
 * renewed once.
 */
export const DEFAULT_RESOURCE_RULES = {
	slotMinutes: 60,
	minMinutes: 60,
	maxMinutes: 120,
	maxDaysAhead: 14,
	maxFutureBookings: 2,
	bufferMinutes: 0,
	loanDays: 14,
	maxRenewals: 1
} as const;

export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type BookableKind = (typeof BOOKABLE_KINDS)[number];
export type ResourceAudience = (typeof RESOURCE_AUDIENCES)[number];
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
