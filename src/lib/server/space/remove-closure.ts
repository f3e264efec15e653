import { and, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { spaceClosures } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

/** A coordinator removes a closure (the venue opens on those days again, as its weekly hours say). */
export async function removeClosure(options: { actor: Actor | null; networkId: string; closureId: string }) {
	requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.closureId)) throw new AppError('not_found');
	const removed = await db()
		.delete(spaceClosures)
		.where(and(eq(spaceClosures.networkId, options.networkId), eq(spaceClosures.id, options.closureId)))
		.returning({ id: spaceClosures.id });
	if (removed.length === 0) throw new AppError('not_found');
}
