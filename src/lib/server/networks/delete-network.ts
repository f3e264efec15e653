// Deleting a network removes all its data (decision 007): every table of member data reaches `networks` by a
// cascading foreign key (delete-network.test.ts checks the catalogue and a filled network). Accounts stay: an
// account is a person's log-in, not network data, and may belong to other networks or join one later. The
// journal keeps who deleted what (a row without network, since the network's own rows go with it).
import { eq } from 'drizzle-orm';
import { requireInstanceAdmin, type Actor } from '../auth/policies.ts';
import { recordAudit } from '../audit/record.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { networks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

export async function deleteNetwork(options: {
	actor: Actor | null;
	networkId: string;
	/** The network's name, typed by the administrator: a deletion cannot be undone. */
	confirmName: string;
}): Promise<{ name: string }> {
	const admin = requireInstanceAdmin(options.actor);
	const { networkId } = options;
	if (!isUuid(networkId)) throw new AppError('not_found');
	return db().transaction(async (tx) => {
		// Locked, so that a rename cannot slip between the check of the typed name and the deletion.
		const [network] = await tx.select().from(networks).where(eq(networks.id, networkId)).for('update');
		if (!network) throw new AppError('not_found');
		if (options.confirmName.trim() !== network.name) throw new AppError('confirmation_mismatch', 'confirmName');
		await tx.delete(networks).where(eq(networks.id, networkId));
		await recordAudit({
			tx,
			networkId: null,
			actor: admin,
			action: 'network_deleted',
			subjectId: networkId,
			detail: `${network.name} (${network.slug})`
		});
		return { name: network.name };
	});
}
