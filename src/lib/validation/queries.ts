// The query strings of the pages (`?page=2`, `?cle=…`), read by `handleQuery` (server/web/query.ts) as forms are
// by `handleForm`. Addresses are shared and typed by hand: a value that makes no sense falls back to its default
// (`.catch`), it is never an error page. A name given twice arrives joined by a line break (formValues).
// The lists', agenda's, search's and report's queries live beside their forms (posts, events, search, reports).
import { z } from 'zod';

/** `?page=`: anything that is not a page number gives the first page. */
export const pageNumberField = z.coerce.number().int().min(1).max(10_000).catch(1);

// eslint-disable-next-line no-control-regex -- a link never holds control characters (PostgreSQL refuses NUL)
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * An opaque text from a link (an id, a key): cut to `max` characters, '' when missing or holding a control
 * character; ids are checked by the domain.
 */
const opaque = (max: number) =>
	z
		.string()
		.catch('')
		.default('')
		.transform((value) => (CONTROL.test(value) ? '' : value.slice(0, max)));

/**
 * A free text a link may carry to prefill a form (`?besoin=`, `?qui=`): left out (undefined) when missing, too long
 * or holding a control character or markup — the person types it instead.
 */
export const linkText = (max: number) =>
	z
		.string()
		.max(max)
		.refine((value) => !CONTROL.test(value) && !/[<>]/.test(value))
		.optional()
		.catch(undefined);

/** Present in the address at all (`?confirme`), whatever its value. */
const flag = z
	.string()
	.optional()
	.catch(undefined)
	.transform((value) => value !== undefined);

/** A positive message id (`?avant=`, `?apres=`), or undefined. */
const messageId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined);

export const pageQuery = z.object({ page: pageNumberField.default(1) });

/** A group's thread: without `?page` it opens on its newest messages. */
export const threadQuery = z.object({ page: pageNumberField.optional() });

/** `/annonces/nouvelle?type=offre` opens the form on an offer; anything else on a request. */
export const newPostQuery = z.object({
	type: z
		.string()
		.optional()
		.catch(undefined)
		.transform((value) => (value === 'offre' ? ('offer' as const) : ('request' as const)))
});

/** The secret of a « with the link » event (decision 024): `?cle=`. */
export const linkKeyQuery = z.object({ cle: opaque(100) });

/** `?mise-en-relation=<introduction id>`: the exchange form or the conversation of an introduction. */
export const introductionQuery = z.object({
	'mise-en-relation': opaque(100).transform((value) => value || undefined)
});

/** `/messages/nouvelle?avec=<member id>` (repeatable) or `?mise-en-relation=<introduction id>`. */
export const newConversationQuery = introductionQuery.extend({
	avec: z
		.string()
		.catch('')
		.default('')
		.transform((value) => value.split('\n').filter((id) => id !== '' && !CONTROL.test(id)))
});

/** A conversation's older messages: `?avant=<message id>`. */
export const conversationQuery = z
	.object({ avant: z.string().optional().catch(undefined) })
	.transform(({ avant }) => ({ beforeId: messageId.parse(avant), paged: avant !== undefined }));

/** The live thread: where to start when the browser has no Last-Event-ID (`?apres=<message id>`). */
export const streamQuery = z.object({ apres: messageId });

/** Whose profile (`?membre=<id>`, a coordinator for a member without email) and `?confirme` (a new skill's name). */
export const profileQuery = z.object({
	membre: opaque(100).transform((value) => value || undefined),
	confirme: flag
});
