import { and, asc, eq, inArray } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, introductionPeople, introductions } from '../db/schema/index.ts';
import { NEXT_STEPS, type IntroductionStatus } from './transitions.ts';

/**
 * The introductions around a post that the actor may see: all of them for coordinators, else those the actor is
 * part of (the post's author is part of every one). Each comes with its people, the moves the actor can make,
 * and whether the actor can write to its people or record its exchange.
 */
export async function listIntroductionsOfPost(options: { actor: Actor | null; networkId: string; postId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const rows = await db()
		.select()
		.from(introductions)
		.where(and(eq(introductions.networkId, options.networkId), eq(introductions.postId, options.postId)))
		.orderBy(asc(introductions.proposedAt));
	if (rows.length === 0) return [];
	const people = await db()
		.select({
			introductionId: introductionPeople.introductionId,
			accountId: introductionPeople.accountId,
			role: introductionPeople.role,
			name: accounts.name
		})
		.from(introductionPeople)
		.innerJoin(accounts, eq(accounts.id, introductionPeople.accountId))
		.where(
			inArray(
				introductionPeople.introductionId,
				rows.map((r) => r.id)
			)
		)
		.orderBy(asc(introductionPeople.role), asc(accounts.name));
	const coordinator = isCoordinator(actor, options.networkId);
	return rows.flatMap((row) => {
		const involved = people.filter((p) => p.introductionId === row.id);
		const isMine = involved.some((p) => p.accountId === actor.accountId);
		if (!coordinator && !isMine) return [];
		const status = row.status as IntroductionStatus;
		return [
			{
				...row,
				status,
				people: involved,
				nextSteps: NEXT_STEPS[status],
				// Its people write to each other; once they met, they (or a coordinator) record the exchange.
				canWrite: isMine,
				canRecordExchange: (isMine || coordinator) && (status === 'met' || status === 'done')
			}
		];
	});
}
