// The home page (`/`): what it shows depends on who opens it. A visitor of an instance with several networks sees
// them all, to choose one when signing up; a person waiting for approval is sent to the waiting page; an active
// member gets what waits for them first (answers, introductions, offered places, exchanges to confirm, posts to
// prolong), then suggestions (neighbours who fit); a coordinator also gets the counts that need the team's action
// (issue 14); a person whose networks are all suspended is told so.
import { isCoordinator, membershipIn, requireAccount, type Actor } from '../auth/policies.ts';
import { AppError } from '../errors.ts';
import { homeSuggestions } from '../matching/home-suggestions.ts';
import { listExpiringPosts } from '../posts/list-expiring-posts.ts';
import { onboardingPending } from '../profiles/onboarding.ts';
import { coordinationTodo } from './coordination-todo.ts';
import { listNetworks } from './find-network.ts';
import { homeAttention } from './home-attention.ts';

/** What an active member's home page shows besides the basics, read in parallel (suggestions kept a minute). */
async function memberHome(actor: Actor, networkId: string) {
	const [expiringPosts, suggestions, attention] = await Promise.all([
		listExpiringPosts({ actor, networkId }),
		homeSuggestions({ actor, networkId }),
		homeAttention({ actor, networkId })
	]);
	return { expiringPosts, ...suggestions, attention };
}

const NOT_A_MEMBER = { expiringPosts: [], helpers: null, learners: [], requests: [], attention: null };
const NOTHING_TO_DO = { pending: 0, unanswered: 0, reports: 0 };

export async function homePage(options: {
	actor: Actor | null;
	/** The request's network, or null (a visitor of several networks, a person without a usable network). */
	networkId: string | null;
	/** The person's suspended networks (decision 007). */
	suspendedNetworks: { id: string; name: string }[];
}) {
	const { actor, networkId } = options;
	const status = networkId ? membershipIn(actor, networkId)?.status : undefined;
	if (status === 'pending') throw new AppError('membership_pending');
	const coordinator = networkId ? isCoordinator(actor, networkId) : false;
	const [todo, onboarding, member, networks] = await Promise.all([
		coordinator && networkId ? coordinationTodo({ actor, networkId }) : NOTHING_TO_DO,
		actor && networkId ? onboardingPending(actor, networkId) : false,
		actor && networkId && status === 'active' ? memberHome(actor, networkId) : NOT_A_MEMBER,
		!actor && !networkId ? listNetworks() : []
	]);
	return {
		pendingCount: todo.pending,
		todo,
		coordinator,
		onboardingPending: onboarding,
		...member,
		networks,
		suspendedNetworks: actor && !networkId ? options.suspendedNetworks : []
	};
}

/** The waiting page (`/en-attente`) is for a person whose request to join the current network awaits a decision. */
export function isWaitingForApproval(options: { actor: Actor | null; networkId: string | null }): boolean {
	const actor = requireAccount(options.actor);
	return options.networkId !== null && membershipIn(actor, options.networkId)?.status === 'pending';
}
