// People at a partner (decision 035): name, role, email, phone. Coordinators ONLY see and manage them: no member
// page, public card, search or export reads this table (partner-card.ts builds the members' side without it).
import { and, asc, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { recordAudit } from '../audit/record.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { partnerContacts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { ContactInput } from '../../validation/partners.ts';
import { requireManagedPartner } from './find-partner.ts';

export async function addContact(
	options: { actor: Actor | null; networkId: string; partnerId: string } & ContactInput
) {
	const { actor, partner } = await requireManagedPartner(options);
	return db().transaction(async (tx) => {
		const [contact] = await tx
			.insert(partnerContacts)
			.values({
				networkId: options.networkId,
				partnerId: partner.id,
				name: options.name,
				role: options.role,
				email: options.email,
				phone: options.phone,
				createdAt: now()
			})
			.returning();
		await recordAudit({
			tx,
			networkId: options.networkId,
			actor,
			action: 'partner_contact_added',
			subjectId: partner.id,
			detail: `${options.name} — ${partner.name}`
		});
		return contact;
	});
}

/** A coordinator corrects a contact's details (a new phone, a new role). */
export async function updateContact(
	options: { actor: Actor | null; networkId: string; contactId: string } & ContactInput
) {
	requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.contactId)) throw new AppError('not_found');
	const [contact] = await db()
		.update(partnerContacts)
		.set({ name: options.name, role: options.role, email: options.email, phone: options.phone })
		.where(and(eq(partnerContacts.networkId, options.networkId), eq(partnerContacts.id, options.contactId)))
		.returning();
	if (!contact) throw new AppError('not_found');
	return contact;
}

/** Deletes a contact outright: the person's details are not kept once they leave (not a member's data). */
export async function removeContact(options: { actor: Actor | null; networkId: string; contactId: string }) {
	const actor = requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.contactId)) throw new AppError('not_found');
	return db().transaction(async (tx) => {
		const [removed] = await tx
			.delete(partnerContacts)
			.where(and(eq(partnerContacts.networkId, options.networkId), eq(partnerContacts.id, options.contactId)))
			.returning();
		if (!removed) throw new AppError('not_found');
		await recordAudit({
			tx,
			networkId: options.networkId,
			actor,
			action: 'partner_contact_removed',
			subjectId: removed.partnerId,
			detail: removed.name
		});
	});
}

/** A partner's contacts, for its coordinators' page. */
export async function listContacts(options: { actor: Actor | null; networkId: string; partnerId: string }) {
	const { partner } = await requireManagedPartner(options);
	return db()
		.select({
			id: partnerContacts.id,
			name: partnerContacts.name,
			role: partnerContacts.role,
			email: partnerContacts.email,
			phone: partnerContacts.phone
		})
		.from(partnerContacts)
		.where(and(eq(partnerContacts.networkId, options.networkId), eq(partnerContacts.partnerId, partner.id)))
		.orderBy(asc(partnerContacts.name));
}
