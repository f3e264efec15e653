// Suspending a network closes it without losing anything (decision 007): its memberships leave the members'
// actors (requestContext, loadActor), it cannot be chosen, joined or signed up to, and its public posts,
// invitations, guest pages and calendar feeds answer « not found ». Resuming opens it again as it was.
import { and, eq } from 'drizzle-orm';
import { requireInstanceAdmin, type Actor } from '../auth/policies.ts';
import { recordAudit } from '../audit/record.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { networks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

type Options = { actor: Actor | null; networkId: string };

export function suspendNetwork(options: Options) {
	return setStatus(options, 'suspended');
}

export function resumeNetwork(options: Options) {
	return setStatus(options, 'active');
}

/**
 * Moves the network to `status` if it is not there yet; a second click changes nothing (and writes no second
 * journal row). Returns whether it changed.
 */
async function setStatus(options: Options, status: 'active' | 'suspended'): Promise<{ changed: boolean }> {
	const admin = requireInstanceAdmin(options.actor);
	const { networkId } = options;
	if (!isUuid(networkId)) throw new AppError('not_found');
	return db().transaction(async (tx) => {
		const [changed] = await tx
			.update(networks)
			.set({ status, suspendedAt: status === 'suspended' ? now() : null })
			.where(and(eq(networks.id, networkId), eq(networks.status, status === 'suspended' ? 'active' : 'suspended')))
			.returning({ name: networks.name, slug: networks.slug });
		if (!changed) {
			const [exists] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.id, networkId));
			if (!exists) throw new AppError('not_found');
			return { changed: false };
		}
		await recordAudit({
			tx,
			networkId: null,
			actor: admin,
			action: status === 'suspended' ? 'network_suspended' : 'network_resumed',
			subjectId: networkId,
			detail: `${changed.name} (${changed.slug})`
		});
		return { changed: true };
	});
}
