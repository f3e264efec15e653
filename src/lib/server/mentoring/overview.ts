// The /mentorat page (decision 036): one address for both sides. A mentor sees their side (mentor-home.ts); an
// active member of the request's network sees their requests and pairs; a person who is both sees both.
import { membershipIn, requireAccount, type Actor } from '../auth/policies.ts';
import { myMentoring } from './member-mentoring.ts';
import { mentorHome } from './mentor-home.ts';

export async function mentoringOverview(options: { actor: Actor | null; networkId: string | null }) {
	const account = requireAccount(options.actor);
	const { networkId } = options;
	const isMember = networkId !== null && membershipIn(account, networkId)?.status === 'active';
	const [mentor, member] = await Promise.all([
		mentorHome({ actor: account }),
		isMember ? myMentoring({ actor: account, networkId }) : null
	]);
	return { mentor, member };
}
