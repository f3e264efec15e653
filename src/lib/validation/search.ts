// The search page's address: `/recherche?q=&type=&theme=&format=&quartier=&page=`. Links are shared and typed by
// hand, so a filter that makes no sense is dropped (not an error) and a long query is cut, never refused.
import { z } from 'zod';
import { MAX_LENGTH } from '../limits.ts';
import { FORMATS } from '../profile-options.ts';

// eslint-disable-next-line no-control-regex -- no control characters nor markup in a neighbourhood
const PLAIN_TEXT = /^[^\u0000-\u001f\u007f<>]*$/;

export const SEARCH_TYPES = { offre: 'offer', demande: 'request' } as const;

const optional = <T extends z.ZodType>(schema: T) =>
	z
		.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined), schema.optional())
		.catch(undefined);

export const searchParams = z.object({
	q: z
		.string()
		.catch('')
		.default('')
		.transform((v) => v.slice(0, MAX_LENGTH.searchQuery)),
	type: optional(z.enum(['offre', 'demande'])),
	theme: optional(z.uuid()),
	format: optional(z.enum(FORMATS)),
	quartier: optional(z.string().max(MAX_LENGTH.neighbourhood).regex(PLAIN_TEXT)),
	page: z.coerce.number().int().min(1).max(50).catch(1).default(1)
});

export type SearchParams = z.output<typeof searchParams>;

/** The address of a search, without empty parameters: what links and the pagination use. */
export function searchHref(params: Partial<SearchParams>): string {
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(params)) {
		if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) query.set(key, String(value));
	}
	const text = query.toString();
	return text ? `/recherche?${text}` : '/recherche';
}
