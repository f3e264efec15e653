import { and, asc, eq, isNull } from 'drizzle-orm';
import { requireCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { themes } from '../db/schema/index.ts';

/** The network's themes in their order; archived ones only when asked, by a coordinator (the themes page). */
export async function listThemes(options: { actor: Actor | null; networkId: string; includeArchived?: boolean }) {
	if (options.includeArchived) requireCoordinator(options.actor, options.networkId);
	else requireMember(options.actor, options.networkId);
	return db()
		.select({ id: themes.id, name: themes.name, archivedAt: themes.archivedAt })
		.from(themes)
		.where(
			and(eq(themes.networkId, options.networkId), options.includeArchived ? undefined : isNull(themes.archivedAt))
		)
		.orderBy(asc(themes.position), asc(themes.name));
}
