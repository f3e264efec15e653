// Paris time, one way: the shared formatters write exactly what a formatter built for the call wrote (the pages'
// HTML did not change when they were memoised), and nothing else in src/ builds an Intl formatter.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	addParisDays,
	formatDay,
	formatParis,
	formatSlot,
	fromLocalInput,
	fromParisWallTime,
	parisDate,
	parisHour,
	parisMidnight,
	parisMonday,
	parisWallTime,
	toLocalInput,
	type DateFormat
} from './paris-time.ts';

// What the pages wrote before the formatters were shared (one `new Intl.DateTimeFormat` per call), for the
// instants that matter: summer and winter, Paris midnight, and both sides of the 2026 changes of time.
const written: Record<string, Record<'fr' | 'en', Partial<Record<DateFormat, string>>>> = {
	'2026-07-14T12:30:00Z': {
		fr: {
			date: '14 juillet 2026',
			dateTime: '14 juillet 2026 à 14:30',
			dateTimeFull: 'mardi 14 juillet 2026 à 14:30',
			dateTimeMedium: '14 juil. 2026, 14:30',
			dateMedium: '14 juil. 2026',
			dateFull: 'mardi 14 juillet 2026',
			time: '14:30'
		},
		en: {
			date: 'July 14, 2026',
			dateTime: 'July 14, 2026 at 2:30 PM',
			dateTimeFull: 'Tuesday, July 14, 2026 at 2:30 PM',
			dateTimeMedium: 'Jul 14, 2026, 2:30 PM',
			dateMedium: 'Jul 14, 2026',
			dateFull: 'Tuesday, July 14, 2026',
			time: '2:30 PM'
		}
	},
	'2026-12-05T13:30:00Z': {
		fr: { date: '5 décembre 2026', dateTime: '5 décembre 2026 à 14:30', dateMedium: '5 déc. 2026' },
		en: { date: 'December 5, 2026', dateTime: 'December 5, 2026 at 2:30 PM', dateTimeMedium: 'Dec 5, 2026, 2:30 PM' }
	},
	// Midnight in Paris is still 31 December in UTC.
	'2026-12-31T23:00:00Z': {
		fr: { date: '1 janvier 2027', dateTimeFull: 'vendredi 1 janvier 2027 à 00:00', time: '00:00' },
		en: { date: 'January 1, 2027', dateTimeFull: 'Friday, January 1, 2027 at 12:00 AM', time: '12:00 AM' }
	},
	'2026-12-31T22:59:00Z': {
		fr: { date: '31 décembre 2026', time: '23:59' },
		en: { date: 'December 31, 2026', time: '11:59 PM' }
	},
	// 29 March 2026: 02:00 in Paris jumps to 03:00 (01:00 UTC).
	'2026-03-29T00:59:00Z': {
		fr: { dateTime: '29 mars 2026 à 01:59' },
		en: { dateTime: 'March 29, 2026 at 1:59 AM' }
	},
	'2026-03-29T01:00:00Z': {
		fr: { dateTime: '29 mars 2026 à 03:00', dateTimeMedium: '29 mars 2026, 03:00' },
		en: { dateTime: 'March 29, 2026 at 3:00 AM', dateTimeMedium: 'Mar 29, 2026, 3:00 AM' }
	},
	// 25 October 2026: 03:00 in Paris goes back to 02:00 (01:00 UTC).
	'2026-10-25T00:59:00Z': {
		fr: { dateTime: '25 octobre 2026 à 02:59' },
		en: { dateTime: 'October 25, 2026 at 2:59 AM' }
	},
	'2026-10-25T01:00:00Z': {
		fr: { dateTime: '25 octobre 2026 à 02:00', dateTimeFull: 'dimanche 25 octobre 2026 à 02:00' },
		en: { dateTime: 'October 25, 2026 at 2:00 AM', dateTimeFull: 'Sunday, October 25, 2026 at 2:00 AM' }
	}
};

const OPTIONS: Record<DateFormat, Intl.DateTimeFormatOptions> = {
	date: { dateStyle: 'long' },
	dateMedium: { dateStyle: 'medium' },
	dateFull: { dateStyle: 'full' },
	time: { timeStyle: 'short' },
	dateTime: { dateStyle: 'long', timeStyle: 'short' },
	dateTimeMedium: { dateStyle: 'medium', timeStyle: 'short' },
	dateTimeFull: { dateStyle: 'full', timeStyle: 'short' }
};

describe('dates for people', () => {
	for (const [iso, byLocale] of Object.entries(written)) {
		for (const locale of ['fr', 'en'] as const) {
			it(`writes ${iso} in ${locale} as before`, () => {
				for (const [format, text] of Object.entries(byLocale[locale])) {
					expect(formatParis(new Date(iso), locale, format as DateFormat)).toBe(text);
				}
			});
		}
	}

	it('writes every format as a formatter built for the call did, every five hours over a year, in both languages', () => {
		for (const locale of ['fr', 'en']) {
			for (const [format, options] of Object.entries(OPTIONS)) {
				const fresh = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Europe/Paris' });
				for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 5 * 3_600_000 + 7 * 60_000) {
					expect(formatParis(new Date(t), locale, format as DateFormat)).toBe(fresh.format(t));
				}
			}
		}
	});

	it('writes a calendar day without moving it, whatever the time of year', () => {
		expect(formatDay('2026-03-29', 'fr')).toBe('29 mars 2026');
		expect(formatDay('2026-10-25', 'en')).toBe('October 25, 2026');
		expect(formatDay('2026-12-31', 'fr')).toBe('31 décembre 2026');
		expect(formatDay('2027-01-01', 'fr', 'dateFull')).toBe('vendredi 1 janvier 2027');
	});

	it('writes a slot with its end date only when it ends another day', () => {
		expect(formatSlot(new Date('2026-07-14T12:00:00Z'), new Date('2026-07-14T14:00:00Z'), 'fr')).toBe(
			'mardi 14 juillet 2026, 14:00 – 16:00'
		);
		// Across the spring change: 00:30 to 04:30 is three hours long, the same day.
		expect(formatSlot(new Date('2026-03-28T23:30:00Z'), new Date('2026-03-29T02:30:00Z'), 'fr')).toBe(
			'dimanche 29 mars 2026, 00:30 – 04:30'
		);
		expect(formatSlot(new Date('2026-10-24T22:00:00Z'), new Date('2026-10-25T02:00:00Z'), 'en')).toBe(
			'Sunday, October 25, 2026, 12:00 AM – 3:00 AM'
		);
		expect(formatSlot(new Date('2026-12-31T21:00:00Z'), new Date('2027-01-01T01:00:00Z'), 'en')).toBe(
			'Thursday, December 31, 2026, 10:00 PM – Friday, January 1, 2027, 2:00 AM'
		);
	});
});

describe('wall-clock readings', () => {
	it('reads the Paris day and hour of an instant, on both sides of midnight and of each change of time', () => {
		expect(parisDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
		expect(parisDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
		expect(parisDate(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
		expect(parisDate(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
		expect(parisHour(new Date('2026-03-29T00:59:59Z'))).toBe(1);
		expect(parisHour(new Date('2026-03-29T01:00:00Z'))).toBe(3);
		expect(parisHour(new Date('2026-10-25T00:59:59Z'))).toBe(2);
		expect(parisHour(new Date('2026-10-25T01:00:00Z'))).toBe(2);
		expect(parisWallTime(new Date('2026-10-25T01:30:15Z'))).toEqual({
			year: 2026,
			month: 10,
			day: 25,
			hour: 2,
			minute: 30,
			second: 15
		});
	});

	it('reads every minute of both 2026 change days as a formatter does', () => {
		const parts = new Intl.DateTimeFormat('en-CA', {
			timeZone: 'Europe/Paris',
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit'
		});
		for (const day of [Date.UTC(2026, 2, 28, 12), Date.UTC(2026, 9, 24, 12)]) {
			for (let t = day; t < day + 86_400_000; t += 60_000) {
				const w = parisWallTime(new Date(t));
				const p = Object.fromEntries(parts.formatToParts(t).map((x) => [x.type, Number(x.value)]));
				expect([w.year, w.month, w.day, w.hour, w.minute]).toEqual([p.year, p.month, p.day, p.hour, p.minute]);
			}
		}
	});

	it('finds the instant of a Paris wall-clock time, the hour after in the spring gap, the first in the autumn overlap', () => {
		const at = (day: number, month: number, hour: number, minute = 0) =>
			fromParisWallTime({ year: 2026, month, day, hour, minute, second: 0 }).toISOString();
		expect(at(14, 7, 14)).toBe('2026-07-14T12:00:00.000Z');
		expect(at(5, 12, 14)).toBe('2026-12-05T13:00:00.000Z');
		expect(at(29, 3, 2, 30)).toBe('2026-03-29T01:30:00.000Z');
		expect(at(25, 10, 2, 30)).toBe('2026-10-25T00:30:00.000Z');
		expect(parisMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
		expect(parisMidnight('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
	});

	it('keeps the wall-clock time when moving by days across a change of time, and finds the week’s Monday', () => {
		const tuesday = fromParisWallTime({ year: 2026, month: 3, day: 24, hour: 14, minute: 0, second: 0 });
		expect(toLocalInput(addParisDays(tuesday, 7))).toBe('2026-03-31T14:00');
		expect(toLocalInput(addParisDays(tuesday, -7))).toBe('2026-03-17T14:00');
		// Sunday 23:30 in Paris is Sunday 21:30 UTC in summer: still the week of Monday the 20th.
		expect(parisMonday(new Date('2026-07-26T21:30:00Z'))).toBe('2026-07-20');
		// Sunday 00:30 in Paris (Saturday 23:30 UTC in winter).
		expect(parisMonday(new Date('2026-12-05T23:30:00Z'))).toBe('2026-11-30');
		expect(parisMonday(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-23');
	});
});

describe('dates typed in Paris', () => {
	it.each([
		['2026-12-05T14:30', '2026-12-05T13:30:00.000Z'],
		['2026-07-01T10:00', '2026-07-01T08:00:00.000Z'],
		['2026-03-29T03:30', '2026-03-29T01:30:00.000Z'],
		['2026-10-25T01:30', '2026-10-24T23:30:00.000Z'],
		['2026-12-05 14:30:00', '2026-12-05T13:30:00.000Z']
	])('%s in Paris is %s', (typed, instant) => {
		expect(fromLocalInput(typed)?.toISOString()).toBe(instant);
		expect(toLocalInput(new Date(instant))).toBe(typed.slice(0, 16).replace(' ', 'T'));
	});

	it('reads a time that does not exist as the hour after, and one that happens twice as the first, like calendar files', () => {
		expect(fromLocalInput('2026-03-29T02:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
		expect(fromLocalInput('2026-10-25T02:30')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
	});

	it.each(['2026-02-30T10:00', '2026-13-01T10:00', '2026-12-05T24:00', '05/12/2026 14:30', '1850-01-01T10:00', ''])(
		'refuses %j',
		(typed) => expect(fromLocalInput(typed)).toBeUndefined()
	);
});

// ---- One way: no other Intl formatter in src/ ---------------------------------------------------------------

const SRC = join(import.meta.dirname, '..');
/** Files that may build an Intl object, and why. */
const ALLOWED: Record<string, string> = {
	'lib/paris-time.ts': 'the one Paris-time module: every date formatter, built once per locale and format',
	'lib/paris-time.test.ts': 'compares the shared formatters with ones built for the call',
	'lib/limits.ts': 'formatLimit: one number formatter per locale, kept in a Map'
};

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		// Paraglide's output is generated (git-ignored): its formatters are its own.
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : sources(path);
		return /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
	});
}

describe('one way to write a date', () => {
	it('builds Intl formatters only in paris-time.ts, and never formats with toLocale…String', () => {
		const offences: string[] = [];
		for (const path of sources(SRC)) {
			const file = relative(SRC, path);
			readFileSync(path, 'utf8')
				.split('\n')
				.forEach((line, i) => {
					const code = line.replace(/\/\/.*$/, '');
					if (/new\s+Intl\s*\./.test(code) && !(file in ALLOWED)) offences.push(`src/${file}:${i + 1}`);
					if (/\.toLocale(Date|Time)?String\s*\(/.test(code)) offences.push(`src/${file}:${i + 1}`);
				});
		}
		expect(offences).toEqual([]);
	});
});
