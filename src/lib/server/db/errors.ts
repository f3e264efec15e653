// Recognises PostgreSQL errors by SQLSTATE, whichever driver (PGlite or postgres.js) raised them;
// drizzle may wrap the driver's error in `cause`.
function sqlState(error: unknown): string | undefined {
	for (
		let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0;
		e && i < 5;
		e = e.cause as typeof e, i++
	) {
		if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
	}
	return undefined;
}

/** Whether the error carries this SQLSTATE (e.g. one raised by a trigger with its own code). */
export const hasSqlState = (error: unknown, state: string) => sqlState(error) === state;
export const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';
export const isCheckViolation = (error: unknown) => sqlState(error) === '23514';
export const isForeignKeyViolation = (error: unknown) => sqlState(error) === '23503';
/** An exclusion constraint refused the row (two bookings of one resource overlapping, decision 029). */
export const isExclusionViolation = (error: unknown) => sqlState(error) === '23P01';
