// In outbox mode (no SMTP_URL) a log-in or reset link reaches nobody by itself. The coordinators of a network
// may pass such an unsent link on to a member they help (issue 11, decision 008). Which emails that is, in one
// place for the list and for showing one:
// - still in the outbox, holding a secret link, young enough for the link to be alive;
// - written to an account that is an active or pending plain member of the coordinator's network;
// - never to a coordinator (of this network or any other) or an instance administrator: their link would give
//   the coordinator powers they do not have, in another network or over the whole instance.
import { and, desc, eq, gt, inArray, notExists, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { LINK_MINUTES } from '../accounts/email-links.ts';
import { now } from '../clock.ts';
import { config } from '../config.ts';
import { db } from '../db/client.ts';
import { accounts, emails, memberships } from '../db/schema/index.ts';

/** An unsent link older than the longest link lifetime has expired: it is no longer offered. */
export const WAITING_LINK_MINUTES = Math.max(...Object.values(LINK_MINUTES));
export const WAITING_LINKS_SHOWN = 50;

/** Whether emails stay in the outbox: only then may a coordinator pass a link on. */
export function outboxMode(): boolean {
	return !config().smtpUrl;
}

export async function findWaitingLinks(networkId: string, only?: SQL) {
	const otherRole = alias(memberships, 'other_role');
	const since = new Date(now().getTime() - WAITING_LINK_MINUTES * 60_000);
	return db()
		.select({
			id: emails.id,
			subject: emails.subject,
			textBody: emails.textBody,
			createdAt: emails.createdAt,
			toAccountId: memberships.accountId,
			toName: accounts.name,
			toAddress: emails.toAddress,
			membershipStatus: memberships.status
		})
		.from(emails)
		.innerJoin(accounts, eq(accounts.id, emails.toAccountId))
		.innerJoin(
			memberships,
			and(
				eq(memberships.accountId, emails.toAccountId),
				eq(memberships.networkId, networkId),
				eq(memberships.role, 'member'),
				inArray(memberships.status, ['active', 'pending'])
			)
		)
		.where(
			and(
				only,
				eq(emails.status, 'outbox'),
				eq(emails.holdsSecretLink, true),
				gt(emails.createdAt, since),
				eq(accounts.isInstanceAdmin, false),
				notExists(
					db()
						.select({ accountId: otherRole.accountId })
						.from(otherRole)
						.where(and(eq(otherRole.accountId, accounts.id), eq(otherRole.role, 'coordinator')))
				)
			)
		)
		.orderBy(desc(emails.createdAt), desc(emails.id))
		.limit(WAITING_LINKS_SHOWN);
}
