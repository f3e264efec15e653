// The calendar files are read back with an independent parser (ical.js, as calendar apps do) rather than
// compared with expected text: what matters is which occurrences a calendar shows, and at what time.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventFromOccurrences, type StoredOccurrence } from './from-occurrences.ts';
import { escapeText, foldLine, parisLocalStamp, writeCalendar, type IcsEvent } from './ics.ts';
import { fromParisWallTime } from '../../paris-time.ts';
import { expandWeekly } from './weekly-rule.ts';

const paris = (y: number, mo: number, d: number, h: number, mi = 0) =>
	fromParisWallTime({ year: y, month: mo, day: d, hour: h, minute: mi, second: 0 });
const stamp = new Date('2026-01-02T09:30:00Z');
const HOUR = 3_600_000;

type Occurrence = { start: Date; end: Date; summary: string; location: string | null };

/** Parses a file the way a calendar app does and lists the occurrences of each UID, in order. */
function readBack(text: string): Map<string, Occurrence[]> {
	const calendar = new ICAL.Component(ICAL.parse(text));
	// Only the file's own VTIMEZONE tells ical.js what Europe/Paris is: this checks that block too.
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	const vevents = calendar.getAllSubcomponents('vevent');
	const result = new Map<string, Occurrence[]>();
	for (const master of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
		const event = new ICAL.Event(master);
		for (const other of vevents) {
			if (other.hasProperty('recurrence-id') && other.getFirstPropertyValue('uid') === event.uid) {
				event.relateException(other);
			}
		}
		const occurrences: Occurrence[] = [];
		if (event.isRecurring()) {
			const iterator = event.iterator();
			for (let next = iterator.next(); next; next = iterator.next()) {
				const details = event.getOccurrenceDetails(next);
				occurrences.push({
					start: details.startDate.toJSDate(),
					end: details.endDate.toJSDate(),
					summary: details.item.summary,
					location: details.item.location
				});
				if (occurrences.length > 500) throw new Error('runaway recurrence');
			}
		} else {
			occurrences.push({
				start: event.startDate.toJSDate(),
				end: event.endDate.toJSDate(),
				summary: event.summary,
				location: event.location
			});
		}
		result.set(event.uid, occurrences);
	}
	return result;
}

const tuesdays = {
	uid: 'series-couture@entrelien',
	title: 'Atelier couture',
	description: 'Apportez votre machine si vous en avez une.',
	location: "Local de l'association, 3 rue des Lilas",
	start: paris(2026, 1, 6, 14),
	end: paris(2026, 1, 6, 16),
	// « jusqu'en juin »: the last Tuesday of June is included.
	rule: { until: fromParisWallTime({ year: 2026, month: 6, day: 30, hour: 23, minute: 59, second: 59 }) },
	cancelledStarts: [paris(2026, 4, 7, 14)],
	moved: [{ originalStart: paris(2026, 3, 17, 14), start: paris(2026, 3, 19, 10), end: paris(2026, 3, 19, 12) }]
} satisfies IcsEvent;

describe('writeCalendar', () => {
	it('exports « tous les mardis 14h–16h jusqu’en juin » with one moved and one cancelled occurrence', () => {
		const text = writeCalendar({ name: 'Réseau des Lilas', stamp, events: [tuesdays] });
		expect(text).toContain('DTSTART;TZID=Europe/Paris:20260106T140000\r\n');
		expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T215959Z\r\n');
		expect(text).toContain('EXDATE;TZID=Europe/Paris:20260407T140000\r\n');
		expect(text).toContain('RECURRENCE-ID;TZID=Europe/Paris:20260317T140000\r\n');

		const occurrences = readBack(text).get('series-couture@entrelien')!;
		// 26 Tuesdays from 6 January to 30 June, minus the cancelled one.
		expect(occurrences).toHaveLength(25);
		const starts = occurrences.map((o) => o.start.toISOString());
		expect(starts).not.toContain(paris(2026, 4, 7, 14).toISOString());
		expect(starts).not.toContain(paris(2026, 3, 17, 14).toISOString());

		const moved = occurrences.find((o) => o.start.getTime() === paris(2026, 3, 19, 10).getTime());
		expect(moved?.end).toEqual(new Date('2026-03-19T11:00:00Z'));
		expect(moved?.summary).toBe('Atelier couture');

		// Winter: 14:00 in Paris is 13:00 UTC. After the last Sunday of March: 12:00 UTC.
		expect(starts).toContain('2026-01-13T13:00:00.000Z');
		expect(starts).toContain('2026-04-14T12:00:00.000Z');
		expect(starts.at(-1)).toBe('2026-06-30T12:00:00.000Z');
		for (const o of occurrences.filter((o) => o !== moved)) {
			expect(parisLocalStamp(o.start).slice(9)).toBe('140000');
			expect(parisLocalStamp(o.end).slice(9)).toBe('160000');
			expect(o.start.getUTCDay()).toBe(2);
		}
	});

	it('writes CRLF lines of at most 75 octets, folding a long French description without splitting a letter', () => {
		const description =
			'Journée découverte à la cuisine d’Authenti’Cité : préparation du taboulé, des feuilles de vigne ' +
			'et du moutabal ; dégustation à 13 h. Prévoir un tablier, une boîte hermétique, etc.\n' +
			'Accès : 2e étage, code 4521B — ascenseur accessible en fauteuil. Chemin C:\\cuisine\\recettes 🍋🥙.';
		const text = writeCalendar({
			stamp,
			events: [
				{
					uid: 'libanaise@entrelien',
					title: 'Cuisine libanaise, saveurs; partages',
					description,
					location: 'Cuisine d’Authenti’Cité, 12 rue de la Paix, 92000 Nanterre',
					start: paris(2026, 5, 16, 10),
					end: paris(2026, 5, 16, 15, 30)
				}
			]
		});
		expect(text.endsWith('\r\n')).toBe(true);
		const lines = text.split('\r\n').slice(0, -1);
		expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
		for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
		expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
		// No cut inside a multi-byte character: every line is valid UTF-8 on its own.
		for (const l of lines) expect(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(l))).toBe(l);

		const component = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
		expect(component.getFirstPropertyValue('description')).toBe(description);
		expect(component.getFirstPropertyValue('summary')).toBe('Cuisine libanaise, saveurs; partages');
		expect(component.getFirstPropertyValue('location')).toBe(
			'Cuisine d’Authenti’Cité, 12 rue de la Paix, 92000 Nanterre'
		);
		const [only] = readBack(text).get('libanaise@entrelien')!;
		expect(only.start).toEqual(new Date('2026-05-16T08:00:00Z'));
		expect(only.end).toEqual(new Date('2026-05-16T13:30:00Z'));
	});

	it('escapes TEXT and folds at 75 octets', () => {
		expect(escapeText('a,b;c\\d\r\ne\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
		expect(escapeText('bip\u0007')).toBe('bip');
		const folded = foldLine('DESCRIPTION:a' + 'é'.repeat(60));
		const parts = folded.split('\r\n');
		expect(parts.map((p) => Buffer.byteLength(p))).toEqual([75, 59]);
		expect(parts[1].startsWith(' ')).toBe(true);
		expect(foldLine('SUMMARY:court')).toBe('SUMMARY:court');
	});

	it('has the calendar properties and a DTSTAMP in every VEVENT', () => {
		const text = writeCalendar({ name: 'Agenda, réseau', stamp, refreshMinutes: 60, events: [tuesdays] });
		const calendar = new ICAL.Component(ICAL.parse(text));
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Entrelien//Entrelien//FR');
		expect(text).toContain('X-WR-CALNAME:Agenda\\, réseau\r\n');
		expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT60M\r\n');
		const vevents = calendar.getAllSubcomponents('vevent');
		expect(vevents).toHaveLength(2);
		for (const v of vevents) expect(v.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-01-02T09:30:00Z');
	});

	it('keeps a cancelled event with STATUS:CANCELLED, and drops a moved occurrence that was then cancelled', () => {
		const text = writeCalendar({
			stamp,
			events: [
				{
					uid: 'off@entrelien',
					title: 'Réunion',
					start: paris(2026, 2, 2, 18),
					end: paris(2026, 2, 2, 19),
					cancelled: true
				},
				{ ...tuesdays, cancelledStarts: [paris(2026, 3, 17, 14)] }
			]
		});
		const calendar = new ICAL.Component(ICAL.parse(text));
		const off = calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === 'off@entrelien');
		expect(off?.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(text).not.toContain('RECURRENCE-ID');
		const starts = readBack(text)
			.get('series-couture@entrelien')!
			.map((o) => o.start.getTime());
		expect(starts).toHaveLength(25);
		expect(starts).not.toContain(paris(2026, 3, 19, 10).getTime());
		expect(starts).toContain(paris(2026, 4, 7, 14).getTime());
	});
});

describe('expandWeekly', () => {
	it('keeps the Paris wall-clock time across both changes of time', () => {
		const starts = expandWeekly(paris(2026, 3, 3, 14), { until: paris(2026, 11, 3, 14) });
		expect(starts.map(parisLocalStamp).every((s) => s.endsWith('T140000'))).toBe(true);
		expect(starts[0].toISOString()).toBe('2026-03-03T13:00:00.000Z');
		expect(starts.find((s) => s.toISOString().startsWith('2026-07-07'))?.toISOString()).toBe(
			'2026-07-07T12:00:00.000Z'
		);
		expect(starts.at(-1)?.toISOString()).toBe('2026-11-03T13:00:00.000Z');
	});

	it('follows INTERVAL and several weekdays like an RRULE does', () => {
		const start = paris(2026, 1, 5, 9); // a Monday
		const rule = { until: paris(2026, 2, 28, 0), interval: 2, weekdays: ['MO', 'TH'] as const };
		const event: IcsEvent = { uid: 'x@entrelien', title: 'x', start, end: new Date(start.getTime() + HOUR), rule };
		const parsed = readBack(writeCalendar({ stamp, events: [event] })).get('x@entrelien')!;
		expect(expandWeekly(start, rule).map((d) => d.getTime())).toEqual(parsed.map((o) => o.start.getTime()));
		expect(parsed).toHaveLength(8);
	});
});

describe('eventFromOccurrences', () => {
	const series = { uid: 's@entrelien', title: 'Atelier couture', durationMs: 2 * HOUR };
	const rule = tuesdays.rule;
	const rows = (): StoredOccurrence[] =>
		expandWeekly(tuesdays.start, rule).map((start) => ({
			originalStart: start,
			start,
			end: new Date(start.getTime() + 2 * HOUR),
			cancelled: false
		}));

	it('turns a cancelled row into EXDATE and a moved row into RECURRENCE-ID', () => {
		const stored = rows();
		const moved = stored.find((r) => r.originalStart.getTime() === paris(2026, 3, 17, 14).getTime())!;
		moved.start = paris(2026, 3, 19, 10);
		moved.end = paris(2026, 3, 19, 12);
		stored.find((r) => r.originalStart.getTime() === paris(2026, 4, 7, 14).getTime())!.cancelled = true;
		const event = eventFromOccurrences(series, rule, stored)!;
		expect(event.cancelledStarts).toEqual([paris(2026, 4, 7, 14)]);
		expect(event.moved).toEqual([
			{ originalStart: paris(2026, 3, 17, 14), start: paris(2026, 3, 19, 10), end: paris(2026, 3, 19, 12) }
		]);
		expect(event.extraStarts).toEqual([]);
		const parsed = readBack(writeCalendar({ stamp, events: [event] })).get('s@entrelien')!;
		expect(parsed.map((o) => o.start.getTime())).toEqual(
			stored
				.filter((r) => !r.cancelled)
				.map((r) => r.start.getTime())
				.sort((a, b) => a - b)
		);
	});

	it('writes rows the rule does not produce as RDATE and planned starts without a row as EXDATE', () => {
		const stored = rows().filter((r) => r.originalStart.getTime() !== paris(2026, 2, 3, 14).getTime());
		const extra = paris(2026, 2, 5, 14);
		stored.push({ originalStart: extra, start: extra, end: new Date(extra.getTime() + 2 * HOUR), cancelled: false });
		const event = eventFromOccurrences(series, rule, stored)!;
		expect(event.cancelledStarts).toEqual([paris(2026, 2, 3, 14)]);
		expect(event.extraStarts).toEqual([extra]);
		const parsed = readBack(writeCalendar({ stamp, events: [event] })).get('s@entrelien')!;
		expect(parsed.map((o) => o.start.getTime())).toEqual(stored.map((r) => r.start.getTime()).sort((a, b) => a - b));
	});

	it('writes a single event at its current time and a fully cancelled series as cancelled', () => {
		const start = paris(2026, 2, 2, 18);
		const single = eventFromOccurrences(series, null, [
			{ originalStart: paris(2026, 2, 1, 18), start, end: new Date(start.getTime() + HOUR), cancelled: false }
		])!;
		expect(single.rule).toBeUndefined();
		expect(single.start).toEqual(start);
		const allOff = eventFromOccurrences(
			series,
			rule,
			rows().map((r) => ({ ...r, cancelled: true }))
		)!;
		expect(allOff.cancelled).toBe(true);
		expect(eventFromOccurrences(series, rule, [])).toBeNull();
	});
});
