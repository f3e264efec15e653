import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { groups } from '../db/schema/index.ts';
import { checkGroupTheme, groupNameTaken, type GroupContent } from './group-content.ts';

/**
 * A network coordinator creates a thematic group. They do not join it: network coordinators coordinate every
 * group anyway (decision 021). Returns the saved group.
 */
export async function createGroup(options: { actor: Actor | null; networkId: string } & GroupContent) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const { name, themeId, description, joinPolicy } = options;
	return db()
		.transaction(async (tx) => {
			await checkGroupTheme(tx, options.networkId, themeId);
			const at = now();
			const [group] = await tx
				.insert(groups)
				.values({
					networkId: options.networkId,
					name,
					themeId,
					description,
					joinPolicy,
					createdByAccountId: actor.accountId,
					createdAt: at,
					updatedAt: at
				})
				.returning();
			return group;
		})
		.catch(groupNameTaken);
}
