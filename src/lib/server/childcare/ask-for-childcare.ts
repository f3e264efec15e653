// « Demander une garde »: a parent asks for someone to look after their children for a slot; a coordinator may
// ask for a member without email who agreed. A request starting within 24 hours is urgent: the active trusted
// carers are told at once, each at most three such notices a Paris day (counted by notify's daily cap).
import { and, eq, ne } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Tx } from '../db/client.ts';
import { accounts, childcareCarers, childcareRequests, memberships } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { findVenue } from '../venues/find-venue.ts';
import { CARE_URGENT_HOURS, CARE_URGENT_NOTICES_PER_DAY } from '../../childcare-options.ts';
import type { CareRequestInput } from '../../validation/childcare.ts';
import { notifyCare } from './notify-care.ts';

export async function askForChildcare(options: { actor: Actor | null; networkId: string; input: CareRequestInput }) {
	const actor = requireMember(options.actor, options.networkId);
	const { input } = options;
	const at = now();
	if (input.startsAt <= at) throw new AppError('care_slot_past', 'startsAt');
	const onBehalf = input.forAccountId !== null && input.forAccountId !== actor.accountId;
	if (onBehalf && !isCoordinator(actor, options.networkId)) throw new AppError('forbidden');
	if (onBehalf && !input.consent) throw new AppError('care_consent_missing', 'consent');
	const parentAccountId = onBehalf ? input.forAccountId! : actor.accountId;

	return db().transaction(async (tx) => {
		if (onBehalf) await requireMemberWithoutEmail(tx, options.networkId, parentAccountId);
		if (input.venueId) {
			const venue = await findVenue({ networkId: options.networkId, venueId: input.venueId }, tx);
			if (!venue || venue.archivedAt) throw new AppError('care_venue_unknown', 'venueId');
		}
		const urgent = input.startsAt.getTime() - at.getTime() <= CARE_URGENT_HOURS * 3_600_000;
		const [request] = await tx
			.insert(childcareRequests)
			.values({
				networkId: options.networkId,
				parentAccountId,
				requestedByAccountId: actor.accountId,
				reason: input.reason,
				children: input.children,
				ageRanges: input.ageRanges,
				place: input.place,
				venueId: input.venueId,
				// The address is the parent's when the children stay at home; else the carer's or the venue's.
				address: input.place === 'parent_home' ? input.address : '',
				phone: input.phone,
				note: input.note,
				startsAt: input.startsAt,
				endsAt: input.endsAt,
				urgent,
				createdAt: at
			})
			.returning();
		if (urgent) await tellActiveCarers(tx, request);
		return request;
	});
}

/** A coordinator asks only for a member who cannot do it themselves: an active member without email. */
async function requireMemberWithoutEmail(tx: Tx, networkId: string, accountId: string) {
	const [member] = await tx
		.select({ email: accounts.email })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(
			and(eq(memberships.networkId, networkId), eq(memberships.accountId, accountId), eq(memberships.status, 'active'))
		);
	if (!member || member.email !== null) throw new AppError('care_member_unknown', 'forAccountId');
}

async function tellActiveCarers(tx: Tx, request: typeof childcareRequests.$inferSelect) {
	const carers = await tx
		.select({ accountId: childcareCarers.accountId })
		.from(childcareCarers)
		.where(
			and(
				eq(childcareCarers.networkId, request.networkId),
				eq(childcareCarers.status, 'active'),
				ne(childcareCarers.accountId, request.parentAccountId)
			)
		);
	for (const carer of carers) {
		await notifyCare(tx, {
			networkId: request.networkId,
			accountId: carer.accountId,
			what: 'urgent',
			requestId: request.id,
			startsAt: request.startsAt,
			dailyCap: CARE_URGENT_NOTICES_PER_DAY
		});
	}
}
