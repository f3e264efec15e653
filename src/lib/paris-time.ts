// Paris time, one way, for the server and the browser alike. Every network lives in Europe/Paris for now
// (decision 013): calendar days, hours, the dates typed in forms and the dates shown to people are Paris
// wall-clock readings, wherever the server runs. No date library: the platform's Intl reads the time zone.
//
// Formatters are built once per (locale, named format) and reused: a new Intl.DateTimeFormat costs ~46 µs and
// its native memory is given back slowly, a reused one formats in ~1 µs (docs/performance.md). Nothing else in
// src/ may construct an Intl formatter (`paris-time.test.ts` scans the sources).

export const PARIS = 'Europe/Paris';

// ---- Dates for people, in their language -------------------------------------------------------------------

/** The shapes dates take on the pages, in mails and in notifications (examples in French). */
const FORMATS = {
	/** « 5 décembre 2026 » */
	date: { dateStyle: 'long' },
	/** « 5 déc. 2026 » */
	dateMedium: { dateStyle: 'medium' },
	/** « samedi 5 décembre 2026 » */
	dateFull: { dateStyle: 'full' },
	/** « 14:30 » */
	time: { timeStyle: 'short' },
	/** « 5 décembre 2026 à 14:30 » */
	dateTime: { dateStyle: 'long', timeStyle: 'short' },
	/** « 5 déc. 2026, 14:30 » */
	dateTimeMedium: { dateStyle: 'medium', timeStyle: 'short' },
	/** « samedi 5 décembre 2026 à 14:30 » */
	dateTimeFull: { dateStyle: 'full', timeStyle: 'short' }
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateFormat = keyof typeof FORMATS;

// Locales come from the app's own list (fr, en), so the cache stays a handful of entries; the cap only guards
// against a caller passing arbitrary strings.
const MAX_CACHED = 64;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, format: DateFormat): Intl.DateTimeFormat {
	const key = `${locale} ${format}`;
	let cached = formatters.get(key);
	if (!cached) {
		cached = new Intl.DateTimeFormat(locale, { ...FORMATS[format], timeZone: PARIS });
		if (formatters.size < MAX_CACHED) formatters.set(key, cached);
	}
	return cached;
}

/** An instant as Paris clocks and calendars read it, in the reader's language (`date` by default). */
export function formatParis(instant: Date, locale: string, format: DateFormat = 'date'): string {
	return formatter(locale, format).format(instant);
}

/** « 15 décembre 2026 » from a YYYY-MM-DD calendar day (noon UTC is that same day in Paris). */
export function formatDay(day: string, locale: string, format: 'date' | 'dateMedium' | 'dateFull' = 'date'): string {
	return formatter(locale, format).format(new Date(`${day}T12:00:00Z`));
}

/** « mardi 16 mars 2027, 14:00 – 16:00 » (the end's date is repeated only if it is another day). */
export function formatSlot(startsAt: Date, endsAt: Date, locale: string): string {
	const startDay = formatParis(startsAt, locale, 'dateFull');
	const endDay = formatParis(endsAt, locale, 'dateFull');
	const from = formatParis(startsAt, locale, 'time');
	const to = formatParis(endsAt, locale, 'time');
	return startDay === endDay ? `${startDay}, ${from} – ${to}` : `${startDay}, ${from} – ${endDay}, ${to}`;
}

// ---- Wall-clock readings -----------------------------------------------------------------------------------

const wallClock = new Intl.DateTimeFormat('en-CA', {
	timeZone: PARIS,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const HOUR_MS = 3_600_000;
// Paris changes its offset only on whole UTC hours (01:00 UTC on the last Sundays of March and October since
// 1996), so the offset is read once per UTC hour and kept: a wall-clock reading then costs no Intl call (a
// formatToParts costs ~10 µs; an agenda page or a calendar feed reads hundreds of them). Bounded: ~2 years of hours.
const MAX_OFFSETS = 20_000;
const offsets = new Map<number, number>();

function parisOffsetMs(utcHour: number): number {
	let offset = offsets.get(utcHour);
	if (offset === undefined) {
		const t: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
		for (const part of wallClock.formatToParts(new Date(utcHour * HOUR_MS))) {
			if (part.type in t) t[part.type as keyof WallTime] = Number(part.value);
		}
		offset = asUtcMillis(t) - utcHour * HOUR_MS;
		if (offsets.size >= MAX_OFFSETS) offsets.clear();
		offsets.set(utcHour, offset);
	}
	return offset;
}

/** The Paris wall-clock reading of an instant. */
export function parisWallTime(instant: Date): WallTime {
	const ms = instant.getTime();
	if (Number.isNaN(ms)) throw new RangeError('Invalid time value');
	const shifted = new Date(ms + parisOffsetMs(Math.floor(ms / HOUR_MS)));
	return {
		year: shifted.getUTCFullYear(),
		month: shifted.getUTCMonth() + 1,
		day: shifted.getUTCDate(),
		hour: shifted.getUTCHours(),
		minute: shifted.getUTCMinutes(),
		second: shifted.getUTCSeconds()
	};
}

function asUtcMillis(t: WallTime): number {
	return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

/**
 * The instant at which Paris clocks read `t`. In the spring gap (02:00–03:00 does not exist) it is the hour
 * after; in the autumn overlap (02:00–03:00 happens twice) the first one — as RFC 5545 reads such times.
 */
export function fromParisWallTime(t: WallTime): Date {
	const target = asUtcMillis(t);
	// Offsets are +1 h or +2 h: try both and keep the one that reads back as `t`.
	for (const offsetHours of [2, 1]) {
		const candidate = new Date(target - offsetHours * 3_600_000);
		if (asUtcMillis(parisWallTime(candidate)) === target) return candidate;
	}
	return new Date(target - 3_600_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayOf = (t: WallTime) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;

/** The calendar day (YYYY-MM-DD) of an instant in Paris. */
export function parisDate(instant: Date): string {
	return dayOf(parisWallTime(instant));
}

/** The hour (0–23) of an instant in Paris. */
export function parisHour(instant: Date): number {
	return parisWallTime(instant).hour;
}

/** Midnight in Paris at the start of a YYYY-MM-DD day. */
export function parisMidnight(day: string): Date {
	const [year, month, date] = day.split('-').map(Number);
	return fromParisWallTime({ year, month, day: date, hour: 0, minute: 0, second: 0 });
}

/** The Monday (YYYY-MM-DD) of the Paris week of an instant. */
export function parisMonday(instant: Date): string {
	const t = parisWallTime(instant);
	const day = new Date(Date.UTC(t.year, t.month - 1, t.day));
	day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
	return day.toISOString().slice(0, 10);
}

/** The same Paris wall-clock time, `days` calendar days later: 14:00 stays 14:00 across a change of time. */
export function addParisDays(instant: Date, days: number): Date {
	const t = parisWallTime(instant);
	const moved = new Date(Date.UTC(t.year, t.month - 1, t.day + days));
	return fromParisWallTime({
		...t,
		year: moved.getUTCFullYear(),
		month: moved.getUTCMonth() + 1,
		day: moved.getUTCDate()
	});
}

// ---- The value of a `datetime-local` field -----------------------------------------------------------------

/** « 2026-12-05T14:30 » typed in Paris → the instant; undefined when it is not a real date and time. */
export function fromLocalInput(value: string): Date | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
	if (!match) return undefined;
	const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
	if (year < 2000 || year > 2100 || hour > 23 || minute > 59) return undefined;
	const check = new Date(Date.UTC(year, month - 1, day));
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
	return fromParisWallTime({ year, month, day, hour, minute, second: 0 });
}

/** The instant as the value of a `datetime-local` field, in Paris: « 2026-12-05T14:30 ». */
export function toLocalInput(instant: Date): string {
	const t = parisWallTime(instant);
	return `${dayOf(t)}T${pad(t.hour)}:${pad(t.minute)}`;
}
