// « Bons plans » (decision 033): the tip form, the « utile » and report forms, and the board's query string.
// Error messages are codes translated at the edge (`invalid_<code>`). Dates are Paris calendar days (aaaa-mm-jj,
// or jj/mm/aaaa where the browser shows a plain text box).
import { z } from 'zod';
import { MAX_LENGTH, MIN_LENGTH } from '../limits.ts';
import { fromLocalInput } from '../paris-time.ts';
import { TIP_THEME_SLUGS, TIP_THEMES, type TipTheme } from '../tip-options.ts';
import { longText, shortText, text, typedDay, whenValid } from './fields.ts';

/** A Paris calendar day « 2027-06-30 », or null when the field is empty. */
const day = z
	.string()
	.trim()
	.max(40, { error: 'tip_date' })
	.default('')
	.transform(typedDay)
	.refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && fromLocalInput(`${v}T12:00`) !== undefined), {
		error: 'tip_date'
	})
	.transform((v) => (v === '' ? null : v));

/** A web address (http or https) or nothing: `javascript:`, `data:` or a bare word are refused. */
const link = text(MAX_LENGTH.tipLink, { optional: true })
	.default('')
	.refine((v) => v === '' || /^https?:\/\/[^\s<>"]+$/i.test(v), { error: 'tip_link' })
	.transform((v) => (v === '' ? null : v));

// A checkbox: present (« on ») when ticked, absent otherwise.
const ticked = z
	.string()
	.optional()
	.transform((v) => v !== undefined && v !== '');

export const tipInput = z
	.object({
		title: shortText(MAX_LENGTH.tipTitle).min(MIN_LENGTH.tipTitle, { error: 'tip_title_short' }),
		body: longText(MAX_LENGTH.tipBody),
		theme: z.enum(TIP_THEMES, { error: 'unknown_choice' }),
		link,
		place: longText(MAX_LENGTH.tipPlace),
		startsOn: day,
		endsOn: day,
		isPublic: ticked
	})
	.superRefine(
		(value, ctx) => {
			if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
				ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'tip_end_before_start' });
			}
		},
		whenValid('startsOn', 'endsOn')
	);

export type TipInput = z.output<typeof tipInput>;

/** « Utile »: the state the member asks for, so a double click marks once instead of undoing itself. */
export const tipUsefulInput = z.object({ useful: z.enum(['oui', 'non'], { error: 'unknown_choice' }) });

export const tipReportInput = z.object({ reason: text(MAX_LENGTH.tipReportReason) });

export const tipReportIdInput = z.object({ reportId: z.uuid({ error: 'unknown_choice' }) });

const SLUG_THEMES = Object.fromEntries(Object.entries(TIP_THEME_SLUGS).map(([theme, slug]) => [slug, theme])) as Record<
	string,
	TipTheme
>;

/** The board: `?theme=numerique&page=2`; a value that makes no sense falls back to no filter. */
export const tipListQuery = z.object({
	theme: z
		.string()
		.optional()
		.catch(undefined)
		.transform((v): TipTheme | undefined => (v ? SLUG_THEMES[v] : undefined)),
	page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1)
});
