// How long a post stays visible, and when its author is reminded (decision 013).
export const POST_LIFETIME_DAYS = { request: 30, offer: 90 } as const;
export const EXPIRY_NOTICE_DAYS_BEFORE = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a post of this kind published (or renewed) at `from` expires. */
export function expiryFrom(kind: 'offer' | 'request', from: Date): Date {
	return new Date(from.getTime() + POST_LIFETIME_DAYS[kind] * DAY_MS);
}
