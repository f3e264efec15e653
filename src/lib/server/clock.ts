// The application's clock. Tests move it to check expiry without waiting; everything else reads now().
let offsetMs = 0;

export function now(): Date {
	return new Date(Date.now() + offsetMs);
}

/** Tests only: move the clock forward (or back) by a number of milliseconds. */
export function advanceClock(ms: number): void {
	offsetMs += ms;
}

export function resetClock(): void {
	offsetMs = 0;
}
