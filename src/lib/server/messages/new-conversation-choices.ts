import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { accounts, introductionPeople, introductions, memberships, posts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

/**
 * Who the « Écrire un message » page is about to write to: active members of the network (by id), or the other
 * people of an introduction the actor is part of, with its post's title. Names only, never addresses.
 */
export async function describeRecipients(options: {
	actor: Actor | null;
	networkId: string;
	accountIds?: string[];
	introductionId?: string;
}): Promise<{ names: string[]; postTitle: string | null }> {
	const actor = requireMember(options.actor, options.networkId);
	if (options.introductionId !== undefined) {
		if (!isUuid(options.introductionId)) throw new AppError('not_found');
		const people = await db()
			.select({ accountId: introductionPeople.accountId, name: accounts.name, title: posts.title })
			.from(introductionPeople)
			.innerJoin(introductions, eq(introductions.id, introductionPeople.introductionId))
			.innerJoin(posts, eq(posts.id, introductions.postId))
			.innerJoin(accounts, eq(accounts.id, introductionPeople.accountId))
			.where(
				and(
					eq(introductionPeople.introductionId, options.introductionId),
					eq(introductions.networkId, options.networkId)
				)
			)
			.orderBy(asc(accounts.name));
		if (!people.some((p) => p.accountId === actor.accountId)) throw new AppError('not_found');
		return {
			names: people.filter((p) => p.accountId !== actor.accountId).map((p) => p.name),
			postTitle: people[0].title
		};
	}
	const ids = [...new Set(options.accountIds ?? [])].filter((id) => id !== actor.accountId);
	if (ids.length === 0) return { names: [], postTitle: null };
	if (!ids.every(isUuid)) throw new AppError('not_found');
	const found = await db()
		.select({ name: accounts.name })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(
			and(
				eq(memberships.networkId, options.networkId),
				eq(memberships.status, 'active'),
				inArray(memberships.accountId, ids),
				ne(memberships.accountId, actor.accountId)
			)
		)
		.orderBy(asc(accounts.name));
	if (found.length !== ids.length) throw new AppError('not_found');
	return { names: found.map((f) => f.name), postTitle: null };
}
