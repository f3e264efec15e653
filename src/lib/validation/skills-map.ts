// The skills map's address, the unmet needs' action form and the skills session's entry form (decision 034).
import { z } from 'zod';
import { MAX_LENGTH } from '../limits.ts';
import { NEED_ACTIONS, NEED_KEY } from '../unmet-need-options.ts';
import { text, typedDay, whenValid } from './fields.ts';
import { daysBetween, isReportDay } from './reports.ts';

/** Skills listed on the map at most (themes are all listed); the CSV has the same rows. */
export const MAP_MAX_SKILLS = 300;
/** Skills drawn in the chart: the first of the list, gaps first. */
export const CHART_SKILLS = 12;
/** Lines of the skills session's form, for each side (share, learn). */
export const SESSION_LINES = 5;
/** Unmet needs: a request is listed after this many days without an answer (the follow-up list's rule). */
export const WISHED_BY_AT_LEAST = 2;
export const LONG_WAITING_LIST = 3;

// eslint-disable-next-line no-control-regex -- no control characters nor markup in a neighbourhood
const PLAIN_TEXT = /^[^\u0000-\u001f\u007f<>]*$/;
const typed = (value: unknown) => (typeof value === 'string' ? value.slice(0, 40).trim() : '');
const optionalDay = z
	.string()
	.transform((v) => typedDay(v))
	.refine((v) => v === '' || isReportDay(v), { error: 'rep_date' });

/**
 * `?quartier=&du=&au=`: a neighbourhood that makes no sense is dropped; a wrong date or a period that ends before
 * it starts is a sentence beside its field (readQuery).
 */
export const mapQuery = z.preprocess(
	(raw) => {
		const query = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
		return { quartier: typed(query.quartier), du: typed(query.du), au: typed(query.au) };
	},
	z
		.object({
			quartier: z.string().max(MAX_LENGTH.neighbourhood).regex(PLAIN_TEXT).catch(''),
			du: optionalDay,
			au: optionalDay
		})
		.superRefine(
			(value, ctx) => {
				if (value.du && value.au && daysBetween(value.du, value.au) < 0)
					ctx.addIssue({ code: 'custom', path: ['au'], message: 'rep_order' });
			},
			whenValid('du', 'au')
		)
);

/** « Ce qui a été fait » about an unmet need. */
export const needActionInput = z.object({
	need: z.string({ error: 'unknown_choice' }).regex(NEED_KEY, { error: 'unknown_choice' }),
	kind: z.enum(NEED_ACTIONS, { error: 'unknown_choice' }),
	note: text(MAX_LENGTH.unmetNeedNote, { optional: true })
		.refine((v) => !/[<>]/.test(v), { error: 'no_markup' })
		.default('')
});

const skillName = text(MAX_LENGTH.skillName, { optional: true })
	.refine((v) => !/[<>\r\n]/.test(v), { error: 'no_markup' })
	.default('');
const themeChoice = z.union([z.literal(''), z.uuid({ error: 'unknown_choice' })]).default('');

function lines(prefix: string) {
	const shape: Record<string, typeof skillName | typeof themeChoice> = {};
	for (let i = 1; i <= SESSION_LINES; i++) {
		shape[`${prefix}${i}`] = skillName;
		shape[`${prefix}${i}_theme`] = themeChoice;
	}
	return shape;
}

export type SessionLine = { field: string; name: string; themeId: string | null };

/** The session's form: up to SESSION_LINES skills to share and to learn, each a name and (for a new one) a theme. */
export const sessionEntryInput = z
	.object({ ...lines('partage'), ...lines('apprend'), confirme: z.string().optional() })
	.transform((fields) => {
		const value = fields as Record<string, string | undefined>;
		const read = (prefix: string): SessionLine[] => {
			const out: SessionLine[] = [];
			for (let i = 1; i <= SESSION_LINES; i++) {
				const name = String(value[`${prefix}${i}`] ?? '');
				const theme = String(value[`${prefix}${i}_theme`] ?? '');
				if (name !== '') out.push({ field: `${prefix}${i}`, name, themeId: theme || null });
			}
			return out;
		};
		return { share: read('partage'), learn: read('apprend'), confirmed: value.confirme !== undefined };
	});
