// Test-only address for the end-to-end journeys (decision 004): how far the server's clock is from the real
// time, so a journey that needs « the day has started » moves the clock instead of waiting. It does not exist
// (a 404, like any unknown address) unless the server was started with E2E_TEST_API=1, which only the journeys'
// own servers are (tests/e2e/support/world.ts). Never set that variable in production.
import { error, json, type RequestHandler } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '#lib/paraglide/messages.js';
import { clockOffset, now, setClockOffset } from '#lib/server/clock.ts';
import { guard } from '#lib/server/web/guard.ts';

const YEAR_MS = 366 * 24 * 3_600_000;
const offsetInput = z.object({ offsetMs: z.number().int().min(-YEAR_MS).max(YEAR_MS) });

function onlyForTests(): void {
	if (process.env.E2E_TEST_API !== '1') error(404, m.error_not_found());
}

function answer() {
	return json({ offsetMs: clockOffset(), now: now().toISOString() }, { headers: { 'cache-control': 'no-store' } });
}

export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		onlyForTests();
		return answer();
	});

/** `{ "offsetMs": n }`: the clock is now n milliseconds ahead of the real time (behind when negative). */
export const PUT: RequestHandler = (event) =>
	guard(event, async () => {
		onlyForTests();
		const parsed = offsetInput.safeParse(await event.request.json().catch(() => null));
		if (!parsed.success) error(400, m.error_invalid_input());
		setClockOffset(parsed.data.offsetMs);
		return answer();
	});
