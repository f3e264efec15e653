// The weekly rule of a series (RRULE:FREQ=WEEKLY) and its expansion at the same Paris wall-clock time every week.
// Pure functions: no database, no clock; Paris time comes from the one module, `paris-time.ts`.
import { fromParisWallTime, parisWallTime } from '../../paris-time.ts';

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
