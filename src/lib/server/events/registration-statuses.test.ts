// « Holds a place » and « live » have one definition each (src/lib/event-options.ts); the database's triggers are
// SQL and spell the lists out, so this reads them and checks they say the same.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { LIVE_REGISTRATION_STATUSES, PLACE_HOLDING_STATUSES } from '../../event-options.ts';
import { SLOT_HOLDING_STATUSES } from '../../space-options.ts';
import { HOLDS_PLACE, IS_LIVE } from './registration-statuses.ts';

const CODE = join(import.meta.dirname, '../../../../migrations/code');
const sorted = (values: readonly string[]) => [...values].sort();

describe('registration statuses', () => {
	it('every status list in the database code is either the place-holding or the live one', () => {
		const lists: string[][] = [];
		const spaceLists: string[][] = [];
		for (const file of readdirSync(CODE).filter((name) => name.endsWith('.sql'))) {
			const text = readFileSync(join(CODE, file), 'utf8');
			for (const match of text.matchAll(/status\s+(?:NOT\s+)?IN\s*\(([^)]*)\)/gi)) {
				const list = sorted(match[1].split(',').map((v) => v.trim().replace(/^'|'$/g, '')));
				// The shared space's triggers speak of bookings: the statuses that hold a slot (decision 029).
				(file.startsWith('space_') ? spaceLists : lists).push(list);
			}
		}
		for (const list of spaceLists) expect(list).toEqual(sorted(SLOT_HOLDING_STATUSES));
		// The capacity triggers count places held; the one-per-address trigger looks at live registrations.
		expect(lists.length).toBeGreaterThanOrEqual(5);
		for (const list of lists) {
			expect([sorted(PLACE_HOLDING_STATUSES), sorted(LIVE_REGISTRATION_STATUSES)]).toContainEqual(list);
		}
	});

	it('a place is held by registered and offered registrations; live adds the waiting list', () => {
		expect(sorted(PLACE_HOLDING_STATUSES)).toEqual(['offered', 'registered']);
		expect(sorted(LIVE_REGISTRATION_STATUSES)).toEqual(['offered', 'registered', 'waitlisted']);
		const text = (fragment: SQL) => new PgDialect().sqlToQuery(fragment).sql;
		expect(text(HOLDS_PLACE)).toBe("('registered', 'offered')");
		expect(text(IS_LIVE)).toBe("('registered', 'waitlisted', 'offered')");
	});
});
