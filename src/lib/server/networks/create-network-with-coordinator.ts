// The instance administrator creates another network of the instance with its first coordinator (decision 007).
// The coordinator is the account of that address if there is one; otherwise a new account, invited by email
// to choose its password through a password-reset link (the same single-use token as /mot-de-passe/<token>).
import { eq } from 'drizzle-orm';
import { requireInstanceAdmin, type Actor } from '../auth/policies.ts';
import { randomToken, sha256 } from '../auth/crypto.ts';
import { recordAudit } from '../audit/record.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { accounts, emailTokens, memberships, networks } from '../db/schema/index.ts';
import { coordinatorAddedEmail, coordinatorInvitationEmail } from '../email/network-templates.ts';
import { queueEmail } from '../email/queue-email.ts';
import { AppError } from '../errors.ts';
import type { CreateNetworkInput } from '../../validation/admin-networks.ts';
import { findAccountByEmail } from '../accounts/find-account.ts';
import type { Locale } from '../accounts/locale.ts';
import { insertNetwork, slugify } from './create-network.ts';

/**
 * How long the invitation link works. A reset link asked for a moment ago lives an hour; an invitation waits
 * for someone who did not ask for it. Afterwards « Mot de passe oublié » with the same address sends a new one.
 */
export const INVITATION_DAYS = 3;

export async function createNetworkWithCoordinator(options: {
	actor: Actor | null;
	input: CreateNetworkInput;
	/** Where the emailed link points (the request's origin). */
	origin: string;
	/** The language of a new coordinator's account and invitation (the administrator's, by default French). */
	locale?: Locale;
}) {
	const admin = requireInstanceAdmin(options.actor);
	const { input, origin } = options;
	const slug = input.slug ? slugify(input.slug) : undefined;
	if (slug && (await slugTaken(db(), slug))) throw new AppError('slug_taken', 'slug');
	const existing = await findAccountByEmail(input.coordinatorEmail);
	if (!existing && !input.coordinatorName) throw new AppError('coordinator_name_required', 'coordinatorName');

	try {
		return await db().transaction(async (tx) => {
			const fields = { name: input.name, town: input.town, description: input.description };
			const network = await insertNetwork(tx, { ...fields, joinPolicy: input.joinPolicy }, { slug });
			const coordinator = existing ?? (await insertInvitedAccount(tx, input, options.locale ?? 'fr'));
			await tx.insert(memberships).values({
				networkId: network.id,
				accountId: coordinator.id,
				role: 'coordinator',
				status: 'active',
				decidedAt: now(),
				decidedByAccountId: admin.accountId
			});
			const message = existing
				? coordinatorAddedEmail({ ...mailTo(coordinator), network: network.name, url: `${origin}/compte` })
				: coordinatorInvitationEmail({
						...mailTo(coordinator),
						network: network.name,
						url: `${origin}/mot-de-passe/${await invitationLink(tx, coordinator.id)}`,
						days: INVITATION_DAYS
					});
			await queueEmail({ to: input.coordinatorEmail, toAccountId: coordinator.id, message, tx });
			await recordAudit({
				tx,
				networkId: null,
				actor: admin,
				action: 'network_created',
				subjectId: network.id,
				subjectAccountId: coordinator.id,
				detail: `${network.name} (${network.slug})`
			});
			return { network, coordinatorAccountId: coordinator.id, invited: !existing };
		});
	} catch (error) {
		// Someone took the slug or the address in the meantime: the database refused, nothing was written.
		if (!isUniqueViolation(error)) throw error;
		if (slug && (await slugTaken(db(), slug))) throw new AppError('slug_taken', 'slug');
		throw new AppError('email_taken', 'coordinatorEmail');
	}
}

async function slugTaken(q: Queryable, slug: string): Promise<boolean> {
	const [row] = await q.select({ id: networks.id }).from(networks).where(eq(networks.slug, slug));
	return Boolean(row);
}

const mailTo = (account: { name: string; locale: string }) => ({
	name: account.name,
	locale: account.locale as Locale
});

/** The new coordinator's account: no password until they follow the invitation. */
async function insertInvitedAccount(tx: Queryable, input: CreateNetworkInput, locale: Locale) {
	const [account] = await tx
		.insert(accounts)
		.values({ name: input.coordinatorName!, email: input.coordinatorEmail, locale })
		.returning();
	return account;
}

/**
 * A single-use password-reset link (accounts/email-links.ts writes the same row) that lives INVITATION_DAYS.
 * Only its SHA-256 is stored; /mot-de-passe/<token> takes it like any reset link.
 */
async function invitationLink(tx: Queryable, accountId: string): Promise<string> {
	const token = randomToken();
	const at = now();
	const expiresAt = new Date(at.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
	await tx
		.insert(emailTokens)
		.values({ tokenHash: sha256(token), accountId, purpose: 'password_reset', expiresAt, createdAt: at });
	return token;
}
