// The coordinators' report period: ?du=YYYY-MM-DD&au=YYYY-MM-DD (Paris calendar days, both included). Without
// them, the last 3 months up to today. Bad dates give a message next to the field, never a 500.
import { z } from 'zod';
import { typedDay, whenValid } from './fields.ts';

/** The longest period a report covers (two years and a day). */
export const REPORT_MAX_DAYS = 731;
export const REPORT_DEFAULT_MONTHS = 3;
/** Occurrences held listed on the page at most (the totals count them all). */
export const REPORT_MAX_OCCURRENCES = 500;

const DAY = 86_400_000;

/** A real calendar day written YYYY-MM-DD, between the years 1900 and 2200. */
export function isReportDay(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match || Number(match[1]) < 1900 || Number(match[1]) > 2200) return false;
	const d = new Date(`${value}T12:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Days from `from` to `to` (0 when they are the same day). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / DAY);
}

/** The same day `months` months earlier (clamped to the month's last day: 31 May − 3 months = 28/29 February). */
export function monthsBefore(day: string, months: number): string {
	const d = new Date(`${day}T12:00:00Z`);
	const wanted = d.getUTCDate();
	d.setUTCDate(1);
	d.setUTCMonth(d.getUTCMonth() - months);
	const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0, 12)).getUTCDate();
	d.setUTCDate(Math.min(wanted, last));
	return d.toISOString().slice(0, 10);
}

const reportDay = z.string().trim().transform(typedDay).refine(isReportDay, { error: 'rep_date' });

export const reportPeriod = z.object({ du: reportDay, au: reportDay }).superRefine(
	(value, ctx) => {
		const span = daysBetween(value.du, value.au);
		if (span < 0) ctx.addIssue({ code: 'custom', path: ['au'], message: 'rep_order' });
		else if (span >= REPORT_MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['au'], message: 'rep_span' });
	},
	whenValid('du', 'au')
);

/**
 * The report's period as the address gives it (`?du=…&au=…`, read by handleQuery/readQuery): by default the last
 * REPORT_DEFAULT_MONTHS months up to `today` (the Paris calendar day), or up to the `au` given. A wrong date,
 * order or length is shown next to its field.
 */
export function reportQuery(today: string) {
	const typed = (value: unknown) => (typeof value === 'string' ? value.slice(0, 40).trim() : '');
	return z.preprocess((raw) => {
		const query = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
		const au = typed(query.au) || today;
		const du = typed(query.du) || monthsBefore(isReportDay(au) ? au : today, REPORT_DEFAULT_MONTHS);
		return { du, au };
	}, reportPeriod);
}
