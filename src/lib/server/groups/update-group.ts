import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { groups } from '../db/schema/index.ts';
import { requireGroupCoordinator } from './group-access.ts';
import { checkGroupTheme, groupNameTaken, type GroupContent } from './group-content.ts';

/**
 * A group coordinator (or a network coordinator) changes the group's name, theme, description or join policy.
 * Switching to open does not let pending requests in by itself: they are still accepted one by one.
 */
export async function updateGroup(options: { actor: Actor | null; networkId: string; groupId: string } & GroupContent) {
	const { name, themeId, description, joinPolicy } = options;
	return db()
		.transaction(async (tx) => {
			const { group } = await requireGroupCoordinator(options, tx);
			await checkGroupTheme(tx, options.networkId, themeId);
			const [updated] = await tx
				.update(groups)
				.set({ name, themeId, description, joinPolicy, updatedAt: now() })
				.where(and(eq(groups.networkId, options.networkId), eq(groups.id, group.id)))
				.returning();
			return updated;
		})
		.catch(groupNameTaken);
}
