// RFC 5545 writer for the network's calendars (decision 023). Pure: plain objects in, iCalendar text out, no
// database and no clock (the caller passes DTSTAMP). Times are written in Europe/Paris with a VTIMEZONE block,
// a weekly series as one VEVENT with RRULE (+ EXDATE for cancelled occurrences, RDATE for extra ones) and one
// more VEVENT with the same UID and a RECURRENCE-ID for each moved occurrence.
import { PARIS, parisWallTime } from '../../paris-time.ts';
import { parisWeekday, type WeeklyRule } from './weekly-rule.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** « 20260317T140000 »: the local form that goes after `;TZID=Europe/Paris:`. */
export function parisLocalStamp(instant: Date): string {
	const t = parisWallTime(instant);
	return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

/** « 20260630T215959Z »: the UTC form (DTSTAMP, UNTIL, LAST-MODIFIED). */
export function utcStamp(instant: Date): string {
	return instant
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replace(/[-:]/g, '');
}

/** One occurrence of a series that no longer happens at its planned time. */
export type IcsMovedOccurrence = {
	/** The start the rule gave it (its RECURRENCE-ID). */
	originalStart: Date;
	start: Date;
	end: Date;
	/** What differs from the series, if anything. */
	title?: string;
	description?: string | null;
	location?: string | null;
};

export type IcsEvent = {
	/** Globally unique and stable: the same event keeps its UID in every file and feed. */
	uid: string;
	title: string;
	description?: string | null;
	/** A venue (« Cuisine d'Authenti'Cité, 12 rue … ») or, for an online event, its link. */
	location?: string | null;
	/** The event's page. */
	url?: string | null;
	categories?: readonly string[];
	/** The first occurrence (for a series, as the rule planned it). */
	start: Date;
	end: Date;
	rule?: WeeklyRule | null;
	/** Planned starts that will not happen (EXDATE). */
	cancelledStarts?: readonly Date[];
	/** Starts outside the rule that belong to the series (RDATE), same duration as the first. */
	extraStarts?: readonly Date[];
	moved?: readonly IcsMovedOccurrence[];
	/** The whole event is called off: kept with STATUS:CANCELLED so calendars show or drop it. */
	cancelled?: boolean;
	/** Raised on every change, so that re-importing a file updates the event rather than duplicating it. */
	sequence?: number;
	created?: Date | null;
	lastModified?: Date | null;
};

export type IcsCalendar = {
	/** The calendar's name, shown by calendar apps (NAME and X-WR-CALNAME). */
	name?: string;
	/** DTSTAMP: when this file was made. */
	stamp: Date;
	/** For subscribed feeds: how often apps should read it again. */
	refreshMinutes?: number;
	events: readonly IcsEvent[];
};

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
	return (
		value
			.replace(/\r\n?/g, '\n')
			// Control characters other than tab and line feed are not allowed in TEXT.
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
			.replace(/\\/g, '\\\\')
			.replace(/;/g, '\\;')
			.replace(/,/g, '\\,')
			.replace(/\n/g, '\\n')
	);
}

const encoder = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 §3.1): each continuation starts with one space.
 * Cuts fall between code points, never inside a UTF-8 sequence, so « é » or an emoji is never split.
 */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > MAX_OCTETS) {
			out.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	out.push(current);
	return out.join(CRLF);
}

type Params = Record<string, string>;

function line(name: string, value: string, params: Params = {}): string {
	const paramText = Object.entries(params)
		.map(([key, v]) => `;${key}=${v}`)
		.join('');
	return foldLine(`${name}${paramText}:${value}`);
}

const local = { TZID: PARIS };

/** The standard Europe/Paris definition (EU rules since 1996: last Sunday of March and of October). */
export const PARIS_VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	`TZID:${PARIS}`,
	`X-LIC-LOCATION:${PARIS}`,
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
];

function ruleText(start: Date, rule: WeeklyRule): string {
	const days = rule.weekdays?.length ? rule.weekdays : [parisWeekday(start)];
	const interval = rule.interval && rule.interval > 1 ? `;INTERVAL=${rule.interval}` : '';
	// With a DTSTART in a time zone, UNTIL must be in UTC (RFC 5545 §3.3.10).
	return `FREQ=WEEKLY${interval};BYDAY=${days.join(',')};UNTIL=${utcStamp(rule.until)}`;
}

const sameInstant = (a: Date, b: Date) => a.getTime() === b.getTime();

function commonLines(event: IcsEvent, stamp: Date): string[] {
	const lines = [line('UID', escapeText(event.uid)), line('DTSTAMP', utcStamp(stamp))];
	if (event.created) lines.push(line('CREATED', utcStamp(event.created)));
	if (event.lastModified) lines.push(line('LAST-MODIFIED', utcStamp(event.lastModified)));
	if (event.sequence !== undefined) lines.push(line('SEQUENCE', String(Math.max(0, Math.trunc(event.sequence)))));
	return lines;
}

function contentLines(
	fields: { title: string; description?: string | null; location?: string | null },
	event: IcsEvent
) {
	const lines = [line('SUMMARY', escapeText(fields.title))];
	if (fields.description) lines.push(line('DESCRIPTION', escapeText(fields.description)));
	if (fields.location) lines.push(line('LOCATION', escapeText(fields.location)));
	if (event.url) lines.push(line('URL', event.url));
	if (event.categories?.length) lines.push(line('CATEGORIES', event.categories.map(escapeText).join(',')));
	return lines;
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
	const cancelled = event.cancelledStarts ?? [];
	const lines = [
		'BEGIN:VEVENT',
		...commonLines(event, stamp),
		line('DTSTART', parisLocalStamp(event.start), local),
		line('DTEND', parisLocalStamp(event.end), local)
	];
	if (event.rule) lines.push(line('RRULE', ruleText(event.start, event.rule)));
	for (const start of event.extraStarts ?? []) lines.push(line('RDATE', parisLocalStamp(start), local));
	for (const start of cancelled) lines.push(line('EXDATE', parisLocalStamp(start), local));
	lines.push(...contentLines(event, event));
	lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');

	for (const moved of event.moved ?? []) {
		// A cancelled occurrence is gone, even if it had been moved first.
		if (cancelled.some((c) => sameInstant(c, moved.originalStart))) continue;
		lines.push(
			'BEGIN:VEVENT',
			...commonLines(event, stamp),
			line('RECURRENCE-ID', parisLocalStamp(moved.originalStart), local),
			line('DTSTART', parisLocalStamp(moved.start), local),
			line('DTEND', parisLocalStamp(moved.end), local),
			...contentLines(
				{
					title: moved.title ?? event.title,
					description: moved.description === undefined ? event.description : moved.description,
					location: moved.location === undefined ? event.location : moved.location
				},
				event
			),
			`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
			'END:VEVENT'
		);
	}
	return lines;
}

/** The whole iCalendar file, CRLF line endings, lines folded at 75 octets. */
export function writeCalendar(calendar: IcsCalendar): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Entrelien//Entrelien//FR',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH'
	];
	if (calendar.name) {
		lines.push(line('NAME', escapeText(calendar.name)), line('X-WR-CALNAME', escapeText(calendar.name)));
	}
	lines.push(`X-WR-TIMEZONE:${PARIS}`);
	if (calendar.refreshMinutes) {
		const duration = `PT${Math.max(1, Math.round(calendar.refreshMinutes))}M`;
		lines.push(line('REFRESH-INTERVAL', duration, { VALUE: 'DURATION' }), `X-PUBLISHED-TTL:${duration}`);
	}
	lines.push(...PARIS_VTIMEZONE);
	for (const event of calendar.events) lines.push(...eventLines(event, calendar.stamp));
	lines.push('END:VCALENDAR');
	return lines.join(CRLF) + CRLF;
}
