// The fixed choices of the tool library (decision 030), shared by the database schema, the domain and the pages.

/**
 * A hold waits in line ('waiting'), then is 'offered' (the item is kept for that member for a few days), and
 * ends 'fulfilled' (lent to them), 'cancelled' (by them or the desk) or 'expired' (the offer ran out).
 */
export const HOLD_STATUSES = ['waiting', 'offered', 'fulfilled', 'cancelled', 'expired'] as const;
/** The holds still in the queue. */
export const LIVE_HOLD_STATUSES = ['waiting', 'offered'] as const;

/** The lines of an item's condition history: seen at a return, sent to repair, back from repair, a plain note. */
export const CONDITION_NOTE_KINDS = ['return', 'repair', 'repaired', 'note'] as const;

/** What the catalogue says of an item: free, kept for someone who held it, lent until a day, under repair. */
export const ITEM_STATES = ['available', 'kept', 'lent', 'repair'] as const;

/**
 * How many days an item that came free is kept for the member whose hold is first (« gardé pour vous 3 jours »,
 * the day it is offered not counted), before it passes to the next one. Lend Engine and myTurn keep 2–7 days;
 * three leave a weekend and a weekday to come to the desk.
 */
export const HOLD_OFFER_DAYS = 3;

export type HoldStatus = (typeof HOLD_STATUSES)[number];
export type ConditionNoteKind = (typeof CONDITION_NOTE_KINDS)[number];
export type ItemState = (typeof ITEM_STATES)[number];
