// « Je cherche un emploi » (decision 031): a member's private flag, off by default, seen only by the circle's
// members and the network's coordinators (the circle page; never on profiles, lists or search). « J'ai trouvé ! »
// withdraws it in one click; the circle celebrates only if the member ticks that it may.
import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { jobSeekers } from '../db/schema/index.ts';
import { requireCircleReader } from './circle.ts';

/** A member of the circle says they are looking for work. Saying it twice keeps the first date. */
export async function startJobSearch(options: { actor: Actor | null; networkId: string }) {
	const { actor } = await requireCircleReader(options);
	await db()
		.insert(jobSeekers)
		.values({ networkId: options.networkId, accountId: actor.accountId, seekingSince: now() })
		.onConflictDoUpdate({
			target: [jobSeekers.networkId, jobSeekers.accountId],
			set: { seekingSince: sql`coalesce(${jobSeekers.seekingSince}, excluded.seeking_since)` }
		});
}

/**
 * « J'ai trouvé ! »: the flag goes off. With `celebrate`, the circle page congratulates the member for a while
 * (decision 031); without, nobody learns why the flag went off. A second click changes nothing.
 */
export async function foundJob(options: { actor: Actor | null; networkId: string; celebrate: boolean }) {
	const { actor } = await requireCircleReader(options);
	await db()
		.update(jobSeekers)
		.set({ seekingSince: null, foundAt: now(), celebrate: options.celebrate })
		.where(
			sql`${jobSeekers.networkId} = ${options.networkId} and ${jobSeekers.accountId} = ${actor.accountId}
				and ${jobSeekers.seekingSince} is not null`
		);
}

/** Withdraws the flag without any news (« je ne cherche plus »): nothing is celebrated. */
export async function stopJobSearch(options: { actor: Actor | null; networkId: string }) {
	const { actor } = await requireCircleReader(options);
	await db()
		.update(jobSeekers)
		.set({ seekingSince: null })
		.where(sql`${jobSeekers.networkId} = ${options.networkId} and ${jobSeekers.accountId} = ${actor.accountId}`);
}
