import { parisDate } from '../../paris-time.ts';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { challenges } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { groupPlace, requireWriter } from './challenge-access.ts';

/**
 * A member of the group (or one of its coordinators) writes a défi: a title, why, and a target day that is
 * not already past (Paris). Its tasks are added on its page.
 */
export async function createChallenge(options: {
	actor: Actor | null;
	networkId: string;
	groupId: string;
	title: string;
	why: string;
	targetOn: string;
}) {
	const place = await groupPlace(options);
	requireWriter(place);
	if (options.targetOn < parisDate(now())) throw new AppError('challenge_date_past', 'targetOn');
	const [challenge] = await db()
		.insert(challenges)
		.values({
			networkId: options.networkId,
			groupId: place.group.id,
			title: options.title,
			why: options.why,
			targetOn: options.targetOn,
			authorAccountId: place.actor.accountId,
			createdAt: now()
		})
		.returning();
	return challenge;
}
