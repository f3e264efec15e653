// The exchange forms: record an exchange, answer it, thank, hide a thank-you, and the network's reciprocity
// settings. Error messages are codes translated at the edge (`invalid_<code>`).
import { z } from 'zod';
import { idList, longText } from './fields.ts';

export const RECIPROCITY_MODES = ['open', 'time_bank', 'gift'] as const;
export type ReciprocityMode = (typeof RECIPROCITY_MODES)[number];
export const EXCHANGE_MIN_MINUTES = 5;
export const EXCHANGE_MAX_MINUTES = 720;
export const MAX_LEARNERS = 30;
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
	learnerAccountIds: idList(MAX_LEARNERS),
	skillId: z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.pipe(z.uuid({ error: 'unknown_choice' })),
	occurredOn: z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.refine(isRealDate, { error: 'exch_date' }),
	minutes: z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.regex(/^\d{1,6}$/, { error: 'exch_minutes' })
		.transform(Number)
		.pipe(
			z
				.number()
				.int()
				.min(EXCHANGE_MIN_MINUTES, { error: 'exch_minutes' })
				.max(EXCHANGE_MAX_MINUTES, { error: 'exch_minutes' })
		),
	postId: optionalUuid,
	introductionId: optionalUuid
});

export const answerExchangeInput = z.object({
	exchangeId: z.uuid({ error: 'unknown_choice' }),
	answer: z.enum(['confirm', 'decline'], { error: 'unknown_choice' })
});

export const thankInput = z.object({
	exchangeId: z.uuid({ error: 'unknown_choice' }),
	message: longText(500).refine((v) => v.length > 0, { error: 'required' })
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
	.refine((v) => v === '' || /^\d{1,4}$/.test(v), { error: 'exch_limit' })
	.transform((v) => (v === '' ? null : Number(v)))
	.refine((v) => v === null || v <= 1000, { error: 'exch_limit' });

export const reciprocityInput = z.object({
	reciprocityMode: z.enum(RECIPROCITY_MODES, { error: 'unknown_choice' }),
	// How far under zero a balance may go, in hours (stored as a negative number of minutes).
	debtLimitHours: limitHours,
	// How high a balance may grow, in hours.
	creditLimitHours: limitHours
});
