// Wall-clock times in Europe/Paris for calendar files: an instant as « 20260317T140000 » (what follows
// TZID=Europe/Paris), a Paris wall-clock time back to an instant, and the weekly expansion of a series.
// Pure functions: no database, no clock.

export const PARIS = 'Europe/Paris';

const wallClock = new Intl.DateTimeFormat('en-CA', {
	timeZone: PARIS,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23'
});

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The Paris wall-clock reading of an instant. */
export function parisWallTime(instant: Date): WallTime {
	const p = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, part.value]));
	return {
		year: Number(p.year),
		month: Number(p.month),
		day: Number(p.day),
		hour: Number(p.hour),
		minute: Number(p.minute),
		second: Number(p.second)
	};
}

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

function asUtcMillis(t: WallTime): number {
	return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

/** The instant at which Paris clocks read `t` (in the spring gap, the hour after; in the autumn overlap, the first). */
export function fromParisWallTime(t: WallTime): Date {
	const target = asUtcMillis(t);
	// Offsets are +1 h or +2 h: try both and keep the one that reads back as `t`.
	for (const offsetHours of [2, 1]) {
		const candidate = new Date(target - offsetHours * 3_600_000);
		if (asUtcMillis(parisWallTime(candidate)) === target) return candidate;
	}
	return new Date(target - 3_600_000);
}

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The Paris weekday of an instant, as RRULE writes it. */
export function parisWeekday(instant: Date): Weekday {
	const t = parisWallTime(instant);
	const sundayFirst = new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay();
	return WEEKDAYS[(sundayFirst + 6) % 7];
}

export type WeeklyRule = {
	/** Last moment an occurrence may start (inclusive): written as UNTIL in UTC. */
	until: Date;
	/** Every `interval` weeks (1 by default). */
	interval?: number;
	/** Days of the week; by default the weekday of the series' first start. */
	weekdays?: readonly Weekday[];
};

const DAY_MS = 86_400_000;

/**
 * The starts that a weekly rule produces from `start` (inclusive) to `rule.until` (inclusive), each at the same
 * Paris wall-clock time as `start` — 14:00 stays 14:00 across the change to summer time. Same meaning as
 * RRULE:FREQ=WEEKLY;INTERVAL=n;BYDAY=…;UNTIL=… with WKST=MO, so it can be checked against stored occurrences.
 */
export function expandWeekly(start: Date, rule: WeeklyRule, limit = 1000): Date[] {
	const interval = Math.max(1, rule.interval ?? 1);
	const days = new Set(rule.weekdays?.length ? rule.weekdays : [parisWeekday(start)]);
	const first = parisWallTime(start);
	// Walk calendar days (as UTC dates, free of time-zone shifts) from the Monday of the first week.
	const firstDay = Date.UTC(first.year, first.month - 1, first.day);
	const mondayOffset = (new Date(firstDay).getUTCDay() + 6) % 7;
	const firstMonday = firstDay - mondayOffset * DAY_MS;
	const starts: Date[] = [];
	for (let day = firstDay; starts.length < limit; day += DAY_MS) {
		const date = new Date(day);
		const week = Math.floor((day - firstMonday) / (7 * DAY_MS));
		const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7];
		if (week % interval !== 0 || !days.has(weekday)) continue;
		const instant = fromParisWallTime({
			year: date.getUTCFullYear(),
			month: date.getUTCMonth() + 1,
			day: date.getUTCDate(),
			hour: first.hour,
			minute: first.minute,
			second: first.second
		});
		if (instant > rule.until) break;
		starts.push(instant);
	}
	return starts;
}
