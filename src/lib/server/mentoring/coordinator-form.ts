// What the coordinators' mentoring forms offer to choose from (decision 036): the partners for an invitation,
// and for a request the network's skills and its active members (the referral form's list, found by name in a
// big network: partners/referral-form.ts).
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { referralFormChoices } from '../partners/referral-form.ts';
import { networkSkills } from './member-mentoring.ts';

export async function invitationChoices(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const { partners } = await referralFormChoices(options);
	return { partners };
}

export async function requestChoices(options: {
	actor: Actor | null;
	networkId: string;
	query?: string;
	chosen?: string;
}) {
	requireCoordinator(options.actor, options.networkId);
	const [{ members, needsSearch, query }, skills] = await Promise.all([
		referralFormChoices(options),
		networkSkills(options)
	]);
	return { members, needsSearch, query, skills };
}
