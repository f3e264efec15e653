import { redirect } from '@sveltejs/kit';
import { isCoordinator, membershipIn, type Actor } from '#lib/server/auth/policies.ts';
import { countPendingMemberships } from '#lib/server/networks/count-pending.ts';
import { listNetworks } from '#lib/server/networks/find-network.ts';
import { onboardingPending } from '#lib/server/profiles/onboarding.ts';
import { listExpiringPosts } from '#lib/server/posts/list-expiring-posts.ts';
import {
	helpersForLatestRequest,
	learnersOfMember,
	requestsForMember
} from '#lib/server/matching/suggest-for-member.ts';
import { countAwaitingMyAnswer } from '#lib/server/exchanges/count-awaiting.ts';
import type { PageServerLoad } from './$types';

/** What an active member's home page shows besides the basics, read in parallel. */
async function memberHome(actor: Actor, networkId: string) {
	const [expiringPosts, helpers, learners, requests, exchangesToConfirm] = await Promise.all([
		listExpiringPosts({ actor, networkId }),
		helpersForLatestRequest({ actor, networkId }),
		learnersOfMember({ actor, networkId }),
		requestsForMember({ actor, networkId }),
		countAwaitingMyAnswer({ actor, networkId })
	]);
	return { expiringPosts, helpers, learners, requests, exchangesToConfirm };
}

export const load: PageServerLoad = async ({ locals }) => {
	const { actor, network } = locals;
	if (network && membershipIn(actor, network.id)?.status === 'pending') redirect(303, '/en-attente');
	const coordinator = network ? isCoordinator(actor, network.id) : false;
	return {
		description: network?.description ?? '',
		pendingCount: coordinator && network ? await countPendingMemberships(network.id) : 0,
		coordinator,
		onboardingPending: actor && network ? await onboardingPending(actor, network.id) : false,
		...(actor && network && membershipIn(actor, network.id)?.status === 'active'
			? await memberHome(actor, network.id)
			: { expiringPosts: [], helpers: null, learners: [], requests: [], exchangesToConfirm: 0 }),
		// Visitors of an instance with several networks see them all, to choose one when signing up.
		networks: !actor && !network ? await listNetworks() : [],
		// A person whose networks are all suspended is told so (decision 007).
		suspendedNetworks: actor && !network ? (locals.suspendedNetworks ?? []) : []
	};
};
