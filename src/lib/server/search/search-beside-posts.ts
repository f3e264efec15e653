// The one search box also finds the network's « bons plans » and items to borrow (issues 15 and 16): a short
// list of each beside the posts, on the first page of an unfiltered search only — a filter (offers, a theme, a
// format, a neighbourhood) is about posts, and later pages are about more posts.
import type { Actor } from '../auth/policies.ts';
import { searchItems } from '../library/search-items.ts';
import { searchTips } from '../tips/search-tips.ts';

/** How many of each the search page shows; the tips' board and the catalogue have the rest. */
export const BESIDE_POSTS = 5;

export async function searchBesidePosts(options: {
	actor: Actor | null;
	networkId: string;
	query: string;
	/** True when the search has a filter or is past its first page: nothing is looked up then. */
	narrowed: boolean;
}) {
	if (options.narrowed || options.query.trim() === '') return { tips: [], items: [] };
	const [tips, items] = await Promise.all([
		searchTips({ ...options, limit: BESIDE_POSTS }),
		searchItems({ ...options, limit: BESIDE_POSTS })
	]);
	return { tips, items };
}
