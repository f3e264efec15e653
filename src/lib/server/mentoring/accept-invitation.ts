// Following the emailed link (decision 036): the page shows who invites whom; a logged-in person accepts with
// their account, a new person creates one with the invitation's address. Either way the account gets a mentor
// row and no membership. The link works once, for MENTOR_INVITATION_DAYS.
import { and, eq, gt } from 'drizzle-orm';
import { findAccountByEmail } from '../accounts/find-account.ts';
import { recordAudit } from '../audit/record.ts';
import { hashPassword, sha256 } from '../auth/crypto.ts';
import { requireAccount, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { accounts, mentors, networks, partners } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

async function usableInvitation(q: Queryable, token: string, lock = false) {
	if (!token || token.length > 200) return undefined;
	const query = q
		.select({ mentor: mentors, network: networks.name, partner: partners.name })
		.from(mentors)
		.innerJoin(networks, eq(networks.id, mentors.networkId))
		.leftJoin(partners, and(eq(partners.id, mentors.partnerId), eq(partners.networkId, mentors.networkId)))
		.where(
			and(
				eq(mentors.tokenHash, sha256(token)),
				eq(mentors.status, 'invited'),
				gt(mentors.invitationExpiresAt, now()),
				eq(networks.status, 'active')
			)
		);
	const [row] = lock ? await query.for('update', { of: mentors }) : await query;
	return row;
}

/** What the invitation page shows, or null when the link is used, expired or unknown. */
export async function mentorInvitation(token: string) {
	const row = await usableInvitation(db(), token);
	if (!row) return null;
	const account = await findAccountByEmail(row.mentor.email);
	return {
		name: row.mentor.name,
		email: row.mentor.email,
		network: row.network,
		partner: row.partner,
		/** An account has this address: the person logs in rather than creating one. */
		hasAccount: Boolean(account)
	};
}

async function bind(tx: Queryable, token: string, accountId: string) {
	const row = await usableInvitation(tx, token, true);
	if (!row) throw new AppError('token_invalid');
	try {
		await tx
			.update(mentors)
			.set({ accountId, status: 'active', tokenHash: null, invitationExpiresAt: null, acceptedAt: now() })
			.where(eq(mentors.id, row.mentor.id));
	} catch (error) {
		// The account already mentors for this network (another invitation, accepted earlier).
		if (isUniqueViolation(error)) throw new AppError('mentor_already_invited');
		throw error;
	}
	await recordAudit({
		tx,
		networkId: row.mentor.networkId,
		actor: { accountId },
		action: 'mentor_accepted',
		subjectId: row.mentor.id,
		subjectAccountId: accountId
	});
	return { mentorId: row.mentor.id, networkId: row.mentor.networkId };
}

/** A logged-in person accepts: their account becomes the mentor. */
export async function acceptMentorInvitation(options: { actor: Actor | null; token: string }) {
	const account = requireAccount(options.actor);
	return db().transaction((tx) => bind(tx, options.token, account.accountId));
}

/** A new person creates their account with the invitation's address, and accepts in the same step. */
export async function createMentorAccount(options: {
	token: string;
	name: string;
	password: string;
	locale?: 'fr' | 'en';
}) {
	const passwordHash = await hashPassword(options.password);
	try {
		return await db().transaction(async (tx) => {
			const row = await usableInvitation(tx, options.token, true);
			if (!row) throw new AppError('token_invalid');
			const [account] = await tx
				.insert(accounts)
				.values({ name: options.name, email: row.mentor.email, passwordHash, locale: options.locale ?? 'fr' })
				.returning({ id: accounts.id });
			const bound = await bind(tx, options.token, account.id);
			return { ...bound, accountId: account.id };
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new AppError('email_taken');
		throw error;
	}
}
