// The application's clock. Tests move it to check expiry without waiting; everything else reads now().
// Domain tests call advanceClock(); the e2e journeys set the built server's offset through the test-only
// address /test-only/clock, which exists only when E2E_TEST_API=1 (decision 004).
let offsetMs = 0;

export function now(): Date {
	return new Date(Date.now() + offsetMs);
}

/** Tests only: move the clock forward (or back) by a number of milliseconds. */
export function advanceClock(ms: number): void {
	offsetMs += ms;
}

/** Tests only: put the clock this many milliseconds away from the real time. */
export function setClockOffset(ms: number): void {
	offsetMs = ms;
}

/** How far the clock is from the real time, in milliseconds (0 outside tests). */
export function clockOffset(): number {
	return offsetMs;
}

export function resetClock(): void {
	offsetMs = 0;
}
