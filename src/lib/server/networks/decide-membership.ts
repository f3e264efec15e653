import { and, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, memberships, networks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { membershipApprovedEmail } from '../email/templates.ts';
import { queueEmail } from '../email/queue-email.ts';
import type { Locale } from '../accounts/locale.ts';

/** A coordinator accepts or refuses a pending request to join their network. */
export async function decideMembership(options: {
	actor: Actor | null;
	networkId: string;
	accountId: string;
	decision: 'accept' | 'refuse';
	origin: string;
}) {
	const coordinator = requireCoordinator(options.actor, options.networkId);
	await db().transaction(async (tx) => {
		const [updated] = await tx
			.update(memberships)
			.set({
				status: options.decision === 'accept' ? 'active' : 'refused',
				decidedAt: now(),
				decidedByAccountId: coordinator.accountId
			})
			.where(
				and(
					eq(memberships.networkId, options.networkId),
					eq(memberships.accountId, options.accountId),
					eq(memberships.status, 'pending')
				)
			)
			.returning({ accountId: memberships.accountId });
		if (!updated) throw new AppError('not_found');
		if (options.decision !== 'accept') return;
		const [member] = await tx
			.select({ name: accounts.name, email: accounts.email, locale: accounts.locale, network: networks.name })
			.from(accounts)
			.innerJoin(networks, eq(networks.id, options.networkId))
			.where(eq(accounts.id, options.accountId));
		if (member?.email) {
			const message = membershipApprovedEmail({
				locale: member.locale as Locale,
				name: member.name,
				network: member.network,
				url: `${options.origin}/connexion`
			});
			await queueEmail({ to: member.email, toAccountId: options.accountId, message, tx });
		}
	});
}
