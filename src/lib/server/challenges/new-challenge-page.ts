import type { Actor } from '../auth/policies.ts';
import { groupPlace, requireWriter } from './challenge-access.ts';

/** The new défi form, shown only to those who may write one (the group's members and coordinators). */
export async function newChallengePage(options: { actor: Actor | null; networkId: string; groupId: string }) {
	const place = await groupPlace(options);
	requireWriter(place);
	return { group: { id: place.group.id, name: place.group.name } };
}
