// The annonce form (offer or request) and the query string of the lists. Error messages are codes translated at
// the edge (`invalid_<code>`). Dates typed in a `datetime-local` field are Paris wall-clock times (`paris-time.ts`).
import { z } from 'zod';
import { fromLocalInput } from '../paris-time.ts';
import { MAX_COUNT, MAX_LENGTH, MIN_LENGTH } from '../limits.ts';
import { longText, shortText, whenValid } from './fields.ts';

export const POST_KINDS = ['offer', 'request'] as const;
export const POST_FORMATS = ['one_to_one', 'small_group', 'remote'] as const;
export const PLACE_KINDS = ['neighbourhood', 'venue', 'remote'] as const;
export const WHEN_KINDS = ['once', 'recurring', 'flexible'] as const;
export const POST_VISIBILITIES = ['members', 'public'] as const;
export type PostKind = (typeof POST_KINDS)[number];

// ---- The form -----------------------------------------------------------------------------------------------

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'unknown_choice' });

const contentShape = {
	title: shortText(MAX_LENGTH.postTitle).min(MIN_LENGTH.postTitle, { error: 'post_title_short' }),
	description: longText(MAX_LENGTH.postDescription),
	themeId: z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.pipe(z.uuid({ error: 'unknown_choice' })),
	// Checkboxes named `skillIds`: the form helper joins repeated values with line breaks. Code passes an array.
	skillIds: z.preprocess(
		(v) => (typeof v === 'string' ? v.split('\n').filter((id) => id.trim() !== '') : (v ?? [])),
		z.array(z.uuid({ error: 'unknown_choice' })).max(MAX_COUNT.postSkills, { error: 'too_many' })
	),
	format: choice(POST_FORMATS),
	placeKind: choice(PLACE_KINDS),
	place: longText(MAX_LENGTH.postPlace),
	whenKind: choice(WHEN_KINDS),
	// Checked below, and only for a one-time post: a leftover value is ignored for the others.
	startsAt: z.string().trim().max(40, { error: 'post_date' }).default(''),
	whenNote: longText(MAX_LENGTH.postWhenNote),
	// Absent for members: only coordinators see the choice (the domain refuses `public` from anyone else).
	visibility: choice(POST_VISIBILITIES).optional()
};

type WithWhen = { whenKind: (typeof WHEN_KINDS)[number]; startsAt: string; skillIds: string[] };

function finish<T extends WithWhen>(object: z.ZodType<T>) {
	return object
		.superRefine(
			(value, ctx) => {
				if (value.whenKind !== 'once') return;
				if (value.startsAt === '') {
					ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'post_date_required' });
				} else if (!fromLocalInput(value.startsAt)) {
					ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'post_date' });
				}
			},
			whenValid('whenKind', 'startsAt')
		)
		.transform((value) => ({
			...value,
			skillIds: [...new Set(value.skillIds)],
			// A date only means something for a one-time post.
			startsAt: value.whenKind === 'once' ? (fromLocalInput(value.startsAt) ?? null) : null
		}));
}

export const postInput = finish(z.object({ kind: choice(POST_KINDS), ...contentShape }));
/** Editing keeps the kind: an offer stays an offer. */
export const postUpdateInput = finish(z.object(contentShape));

export type PostInput = z.output<typeof postInput>;
export type PostUpdateInput = z.output<typeof postUpdateInput>;

export const closePostInput = z.object({ outcome: choice(['fulfilled', 'closed'] as const) });

// ---- Lists: ?type=offre|demande&theme=<id>&page=2 (bad values fall back to no filter) ----------------------

export const postListQuery = z.object({
	type: z
		.enum(['offre', 'demande'])
		.optional()
		.catch(undefined)
		.transform((v): PostKind | undefined => (v === 'offre' ? 'offer' : v === 'demande' ? 'request' : undefined)),
	theme: z.uuid().optional().catch(undefined),
	page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1)
});
