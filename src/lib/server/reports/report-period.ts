// A report's period (the coordinators' « Rapports » page): two Paris days, both included, at most REPORT_MAX_DAYS
// apart, as the instants the queries compare with.
import { parisMidnight } from '../../paris-time.ts';
import { AppError } from '../errors.ts';
import { daysBetween, isReportDay, REPORT_MAX_DAYS } from '../../validation/reports.ts';
import { addDays } from '../../validation/exchanges.ts';

/** From the first day's Paris midnight to the midnight after the last day, as ISO strings; refuses a bad period. */
export function reportPeriod(from: string, to: string): { start: string; end: string } {
	if (!isReportDay(from) || !isReportDay(to)) throw new AppError('invalid_input', 'du');
	const span = daysBetween(from, to);
	if (span < 0 || span >= REPORT_MAX_DAYS) throw new AppError('invalid_input', 'au');
	return { start: parisMidnight(from).toISOString(), end: parisMidnight(addDays(to, 1)).toISOString() };
}
