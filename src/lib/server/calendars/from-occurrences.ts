// From what the database stores (a series with an optional weekly rule, materialised as occurrence rows that
// keep their planned start and may be moved or cancelled one by one) to the exceptions iCalendar speaks of.
// Pure: the rows are compared with the rule's own expansion, so the file says exactly what the rows say even if
// a row was added or removed by hand.
import type { IcsEvent } from './ics.ts';
import { expandWeekly, type WeeklyRule } from './weekly-rule.ts';

export type StoredOccurrence = {
	/** The start the series planned (kept when the occurrence is moved). */
	originalStart: Date;
	start: Date;
	end: Date;
	cancelled: boolean;
};

/** What a series says about itself, whatever its occurrences. */
export type SeriesFields = Omit<
	IcsEvent,
	'start' | 'end' | 'rule' | 'cancelledStarts' | 'extraStarts' | 'moved' | 'cancelled'
> & {
	cancelled?: boolean;
	/** The planned length of one occurrence, in milliseconds. */
	durationMs: number;
};

const key = (d: Date) => d.getTime();

/**
 * One VEVENT (and its overrides) for a whole series. Returns null when the series has no occurrence at all.
 * Planned starts without a row, and cancelled rows, become EXDATE; rows the rule does not produce become RDATE;
 * rows whose time differs from the plan become RECURRENCE-ID overrides. A series whose every occurrence is
 * cancelled is written as cancelled.
 */
export function eventFromOccurrences(
	series: SeriesFields,
	rule: WeeklyRule | null,
	occurrences: readonly StoredOccurrence[]
): IcsEvent | null {
	if (occurrences.length === 0) return null;
	const rows = [...occurrences].sort((a, b) => key(a.originalStart) - key(b.originalStart));
	const { durationMs, cancelled: seriesCancelled, ...fields } = series;
	const allCancelled = rows.every((r) => r.cancelled);

	if (!rule && rows.length === 1) {
		const [only] = rows;
		return { ...fields, start: only.start, end: only.end, cancelled: seriesCancelled || only.cancelled };
	}

	const anchor = rows[0].originalStart;
	const planned = rule ? expandWeekly(anchor, rule) : [anchor];
	const plannedKeys = new Set(planned.map(key));
	const rowByStart = new Map(rows.map((r) => [key(r.originalStart), r]));

	const cancelledStarts = planned.filter((start) => {
		const row = rowByStart.get(key(start));
		return !row || row.cancelled;
	});
	const extraStarts = rows
		.filter((r) => !r.cancelled && !plannedKeys.has(key(r.originalStart)))
		.map((r) => r.originalStart);
	const moved = rows
		.filter(
			(r) => !r.cancelled && (key(r.start) !== key(r.originalStart) || key(r.end) !== key(r.originalStart) + durationMs)
		)
		.map((r) => ({ originalStart: r.originalStart, start: r.start, end: r.end }));

	return {
		...fields,
		start: anchor,
		end: new Date(key(anchor) + durationMs),
		rule,
		cancelledStarts: allCancelled ? [] : cancelledStarts,
		extraStarts,
		moved,
		cancelled: seriesCancelled || allCancelled
	};
}
