// In outbox mode (no SMTP_URL) the invitation emailed to a new network's first coordinator reaches nobody, and
// coordinators may not read each other's links (email/waiting-links.ts). The instance administrator who created
// the network may then read that one invitation to hand it over — and only while the account is untouched:
// invited by this network only, never given a password or a printed code, the link still alive. Such an account
// holds nothing yet, so reading its link gives the administrator no power they lack (they could create a network
// for themselves). Each showing is journaled (`coordinator_invitation_shown`), as a coordinator's is.
import { and, desc, eq, gt, isNull, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/record.ts';
import { requireInstanceAdmin, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { accounts, emails, memberships } from '../db/schema/index.ts';
import { outboxMode } from '../email/waiting-links.ts';
import { AppError } from '../errors.ts';
import { INVITATION_DAYS } from './create-network-with-coordinator.ts';

async function findWaitingInvitation(networkId: string) {
	if (!outboxMode() || !isUuid(networkId)) return undefined;
	const elsewhere = alias(memberships, 'elsewhere');
	const since = new Date(now().getTime() - INVITATION_DAYS * 24 * 60 * 60_000);
	const [email] = await db()
		.select({
			id: emails.id,
			subject: emails.subject,
			text: emails.textBody,
			accountId: accounts.id,
			name: accounts.name
		})
		.from(emails)
		.innerJoin(accounts, eq(accounts.id, emails.toAccountId))
		.innerJoin(
			memberships,
			and(
				eq(memberships.accountId, accounts.id),
				eq(memberships.networkId, networkId),
				eq(memberships.role, 'coordinator')
			)
		)
		.where(
			and(
				eq(emails.status, 'outbox'),
				eq(emails.holdsSecretLink, true),
				gt(emails.createdAt, since),
				isNull(accounts.passwordHash),
				isNull(accounts.loginCodeHash),
				eq(accounts.isInstanceAdmin, false),
				notExists(
					db()
						.select({ one: sql`1` })
						.from(elsewhere)
						.where(and(eq(elsewhere.accountId, accounts.id), sql`${elsewhere.networkId} <> ${networkId}`))
				)
			)
		)
		.orderBy(desc(emails.createdAt), desc(emails.id))
		.limit(1);
	return email;
}

/** Whether the network's page should offer the administrator its coordinator's unsent invitation. */
export async function hasWaitingInvitation(options: { actor: Actor | null; networkId: string }): Promise<boolean> {
	requireInstanceAdmin(options.actor);
	return Boolean(await findWaitingInvitation(options.networkId));
}

export async function showWaitingInvitation(options: { actor: Actor | null; networkId: string }) {
	const admin = requireInstanceAdmin(options.actor);
	const email = await findWaitingInvitation(options.networkId);
	if (!email) throw new AppError('not_found');
	await recordAudit({
		networkId: options.networkId,
		actor: admin,
		action: 'coordinator_invitation_shown',
		subjectAccountId: email.accountId,
		subjectId: email.id,
		detail: email.subject
	});
	return { subject: email.subject, toName: email.name, text: email.text };
}
