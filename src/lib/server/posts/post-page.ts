// The post page (`/annonces/<id>`): the post as this person may see it, and around it what their place allows —
// the neighbours who fit (author and coordinators, decision 016), the introductions they are part of, the
// members a coordinator may introduce, and the « nobody answered yet » notice for the author (decision 017).
import { isCoordinator, type Actor } from '../auth/policies.ts';
import { listIntroductionsOfPost } from '../introductions/list-introductions.ts';
import { isUnanswered } from '../introductions/list-unanswered.ts';
import { membersToIntroduce } from '../introductions/members-to-introduce.ts';
import { jobCvOf } from '../job-circle/cv.ts';
import { matchPost } from '../matching/match-post.ts';
import { readPost } from './read-post.ts';

export async function postPage(options: {
	actor: Actor | null;
	/** The current network; null for a visitor of an instance with several networks. */
	networkId: string | null;
	postId: string;
}) {
	const post = await readPost(options);
	const { actor, networkId, postId } = options;
	// The public version (authorName null) is all there is to show: no matches, introductions nor steps.
	if (post.authorName === null || networkId === null) {
		return {
			post,
			matches: null,
			introductions: [] as Awaited<ReturnType<typeof listIntroductionsOfPost>>,
			unanswered: false,
			canIntroduce: false,
			others: [] as Awaited<ReturnType<typeof membersToIntroduce>>,
			cv: null as Awaited<ReturnType<typeof jobCvOf>>
		};
	}
	const scope = { actor, networkId, postId };
	const open = post.state === 'open';
	const canIntroduce = isCoordinator(actor, networkId) && open;
	const [matches, introductions, others, cv] = await Promise.all([
		// The people who fit are shown to the author and the coordinators, who can reach out to them.
		post.canManage && open ? matchPost(scope) : null,
		listIntroductionsOfPost(scope),
		// Coordinators may bring people in themselves: the matches, or any active member while the list is short.
		canIntroduce && post.authorAccountId ? membersToIntroduce({ ...scope, authorAccountId: post.authorAccountId }) : [],
		// A job-search request's CV, for its author and the accepted helper only (decision 031).
		jobCvOf(scope)
	]);
	// The author of a request nobody answered is told what the network does about it.
	const unanswered = post.isAuthor && open && isUnanswered(post, introductions.length);
	return { post, matches, introductions, unanswered, canIntroduce, others, cv };
}
