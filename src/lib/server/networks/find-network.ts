import { asc, eq } from 'drizzle-orm';
import { db } from '../db/client.ts';
import { networks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

export async function findNetworkById(id: string) {
	const [row] = await db().select().from(networks).where(eq(networks.id, id)).limit(1);
	return row;
}

/** A network to sign up to or join: it must exist and not be suspended (decision 007). */
export async function getNetworkBySlug(slug: string) {
	const [row] = await db().select().from(networks).where(eq(networks.slug, slug)).limit(1);
	if (!row) throw new AppError('network_unknown', 'network');
	if (row.status === 'suspended') throw new AppError('network_suspended', 'network');
	return row;
}

/** The networks of this instance that people may join, for the sign-up form: public facts only. */
export async function listNetworks() {
	return db()
		.select({
			id: networks.id,
			slug: networks.slug,
			name: networks.name,
			town: networks.town,
			description: networks.description,
			joinPolicy: networks.joinPolicy
		})
		.from(networks)
		.where(eq(networks.status, 'active'))
		.orderBy(asc(networks.name));
}
