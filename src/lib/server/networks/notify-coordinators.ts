import { and, eq, isNotNull } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { accounts, memberships } from '../db/schema/index.ts';
import { membershipRequestEmail } from '../email/templates.ts';
import { queueEmail } from '../email/queue-email.ts';
import type { Locale } from '../accounts/locale.ts';

/** Tells the network's coordinators (those with an email) that someone asks to join. */
export async function notifyCoordinatorsOfRequest(
	tx: Queryable,
	network: { id: string; name: string },
	applicant: string,
	origin: string
): Promise<void> {
	const coordinators = await tx
		.select({ id: accounts.id, name: accounts.name, email: accounts.email, locale: accounts.locale })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(
			and(
				eq(memberships.networkId, network.id),
				eq(memberships.role, 'coordinator'),
				eq(memberships.status, 'active'),
				isNotNull(accounts.email)
			)
		);
	for (const c of coordinators) {
		const message = membershipRequestEmail({
			locale: c.locale as Locale,
			name: c.name,
			applicant,
			network: network.name,
			url: `${origin}/coordination/membres`
		});
		await queueEmail({ to: c.email!, toAccountId: c.id, message, tx });
	}
}
