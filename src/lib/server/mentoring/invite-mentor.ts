// A coordinator invites an outside mentor by email (decision 036). The mentor row waits with the SHA-256 of a
// single-use link; following it, the person uses or creates an account, which gets NO membership.
import { and, eq, ne } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { randomToken, sha256 } from '../auth/crypto.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { mentors, networks, partners } from '../db/schema/index.ts';
import { queueEmail } from '../email/queue-email.ts';
import { AppError } from '../errors.ts';
import { MENTOR_INVITATION_DAYS } from '../../limits.ts';
import { mentorInvitationEmail } from './mentoring-emails.ts';

export async function inviteMentor(options: {
	actor: Actor | null;
	networkId: string;
	name: string;
	email: string;
	/** '' for a mentor who comes from no partner. */
	partnerId: string;
	/** Where the emailed link points (the request's origin). */
	origin: string;
}) {
	const coordinator = requireCoordinator(options.actor, options.networkId);
	const email = options.email.toLowerCase();
	return db().transaction(async (tx) => {
		const [network] = await tx.select().from(networks).where(eq(networks.id, options.networkId));
		let partnerName: string | null = null;
		if (options.partnerId) {
			const [partner] = await tx
				.select({ name: partners.name })
				.from(partners)
				.where(and(eq(partners.id, options.partnerId), eq(partners.networkId, options.networkId)));
			if (!partner) throw new AppError('partner_unknown', 'partnerId');
			partnerName = partner.name;
		}
		const [already] = await tx
			.select({ id: mentors.id })
			.from(mentors)
			.where(and(eq(mentors.networkId, options.networkId), eq(mentors.email, email), ne(mentors.status, 'left')));
		if (already) throw new AppError('mentor_already_invited', 'email');
		const token = randomToken();
		const at = now();
		const [mentor] = await tx
			.insert(mentors)
			.values({
				networkId: options.networkId,
				partnerId: options.partnerId || null,
				name: options.name,
				email,
				tokenHash: sha256(token),
				invitationExpiresAt: new Date(at.getTime() + MENTOR_INVITATION_DAYS * 24 * 60 * 60_000),
				invitedByAccountId: coordinator.accountId,
				createdAt: at
			})
			.returning();
		const message = mentorInvitationEmail({
			locale: 'fr',
			name: options.name,
			network: network.name,
			partner: partnerName,
			url: `${options.origin}/mentorat/invitation/${token}`,
			days: MENTOR_INVITATION_DAYS
		});
		await queueEmail({ to: email, toAccountId: null, message, tx });
		await recordAudit({
			tx,
			networkId: options.networkId,
			actor: coordinator,
			action: 'mentor_invited',
			subjectId: mentor.id,
			detail: options.name
		});
		return mentor;
	});
}
