// The exchange forms: record an exchange, answer it, thank, hide a thank-you, and the network's reciprocity
// settings. Error messages are codes translated at the edge (`invalid_<code>`).
import { z } from 'zod';
import { MAX_COUNT, MAX_LENGTH, RANGE } from '../limits.ts';
import { idList, longText, typedDay } from './fields.ts';

export const RECIPROCITY_MODES = ['open', 'time_bank', 'gift'] as const;
export type ReciprocityMode = (typeof RECIPROCITY_MODES)[number];
/** The durations offered in the form; any whole number of minutes within the bounds is accepted. */
export const DURATION_CHOICES = [15, 30, 45, 60, 90, 120, 150, 180, 240, 300, 360, 480, 600, 720] as const;

/** « 1 h 30 », « 45 min », « 2 h »: a duration as people say it (the same in French and English). */
export function formatMinutes(minutes: number): string {
	const sign = minutes < 0 ? '−' : '';
	const abs = Math.abs(minutes);
	const h = Math.floor(abs / 60);
	const min = abs % 60;
	if (h === 0) return `${sign}${min} min`;
	return min === 0 ? `${sign}${h} h` : `${sign}${h} h ${String(min).padStart(2, '0')}`;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(day: string, days: number): string {
	const d = new Date(`${day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

const isRealDate = (value: string) => {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const d = new Date(`${value}T12:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
};

const optionalUuid = z
	.string()
	.trim()
	.default('')
	.pipe(z.union([z.literal(''), z.uuid({ error: 'unknown_choice' })]))
	.transform((v) => (v === '' ? null : v));

export const recordExchangeInput = z.object({
	sharerAccountId: z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.pipe(z.uuid({ error: 'unknown_choice' })),
	learnerAccountIds: idList(MAX_COUNT.exchangeLearners),
	skillId: z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.pipe(z.uuid({ error: 'unknown_choice' })),
	occurredOn: z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.transform(typedDay)
		.refine(isRealDate, { error: 'exch_date' }),
	minutes: z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.refine(
			(v) => /^\d{1,6}$/.test(v) && +v >= RANGE.exchangeMinutes.min && +v <= RANGE.exchangeMinutes.max,
			// « entre 5 min et 12 h »: the bounds as durations, written the same in both languages.
			{
				error: 'exch_minutes',
				params: { min: formatMinutes(RANGE.exchangeMinutes.min), max: formatMinutes(RANGE.exchangeMinutes.max) }
			}
		)
		.transform(Number),
	postId: optionalUuid,
	introductionId: optionalUuid
});

export const answerExchangeInput = z.object({
	exchangeId: z.uuid({ error: 'unknown_choice' }),
	answer: z.enum(['confirm', 'decline'], { error: 'unknown_choice' })
});

export const thankInput = z.object({
	exchangeId: z.uuid({ error: 'unknown_choice' }),
	message: longText(MAX_LENGTH.exchangeThanks).refine((v) => v.length > 0, { error: 'required' })
});

export const thanksVisibilityInput = z.object({
	exchangeId: z.uuid({ error: 'unknown_choice' }),
	learnerAccountId: z.uuid({ error: 'unknown_choice' }),
	hidden: z.enum(['true', 'false'], { error: 'unknown_choice' }).transform((v) => v === 'true')
});

/** Hours typed by a coordinator: empty means no limit. */
const limitHours = z
	.string()
	.trim()
	.default('')
	.refine(
		(v) => v === '' || (/^\d{1,4}$/.test(v) && +v >= RANGE.balanceLimitHours.min && +v <= RANGE.balanceLimitHours.max),
		{ error: 'exch_limit', params: { ...RANGE.balanceLimitHours } }
	)
	.transform((v) => (v === '' ? null : Number(v)));

export const reciprocityInput = z.object({
	reciprocityMode: z.enum(RECIPROCITY_MODES, { error: 'unknown_choice' }),
	// How far under zero a balance may go, in hours (stored as a negative number of minutes).
	debtLimitHours: limitHours,
	// How high a balance may grow, in hours.
	creditLimitHours: limitHours
});
