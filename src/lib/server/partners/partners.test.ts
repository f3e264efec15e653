import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople, createVenueIn, eventContent, themeOf } from '../../../../tests/factories.ts';
import { CONTACT, partnerContent, partnerWorld } from '../../../../tests/partner-world.ts';
import { db } from '../db/client.ts';
import { isCheckViolation, isForeignKeyViolation } from '../db/errors.ts';
import { mentors, partners, venues } from '../db/schema/index.ts';
import { createEvent } from '../events/create-event.ts';
import { createVenue } from '../venues/create-venue.ts';
import { getVenue } from '../venues/get-venue.ts';
import { partnerInput } from '../../validation/partners.ts';
import { archivePartner } from './archive-partner.ts';
import { addContact, listContacts, removeContact, updateContact } from './contacts.ts';
import { createPartner } from './create-partner.ts';
import { listPartners } from './list-partners.ts';
import { getPartnerCard, listPartnerCards } from './partner-card.ts';
import { getPartnerPage } from './partner-page.ts';
import { updatePartner } from './update-partner.ts';

/** Whether any detail of the contact shows anywhere in what a member-facing function returned. */
const showsContact = (value: unknown) =>
	[CONTACT.name, CONTACT.email, CONTACT.phone, 'Directrice'].some((detail) => JSON.stringify(value).includes(detail));

describe('the partners directory', () => {
	it('keeps a card with its themes, skills and offers, edits it, and sets it aside', async () => {
		const world = await partnerWorld();
		const { coordinator, member, where, sewing } = world;
		const { card } = await getPartnerCard({ actor: member.actor, ...where });
		expect(card).toMatchObject({
			name: 'Atelier Coudre Ensemble',
			kind: 'association',
			offers: ['trainings', 'venues'],
			themes: [{ id: sewing.id, name: 'Couture' }]
		});
		expect(card.skills.map((s) => s.name)).toEqual(['ourlets', 'Retouches']);

		await updatePartner({
			actor: coordinator.actor,
			...where,
			...partnerContent({ themeIds: [], skillNames: ['Retouches'], offers: ['mentors'] })
		});
		const edited = (await getPartnerCard({ actor: member.actor, ...where })).card;
		expect(edited).toMatchObject({ offers: ['mentors'], themes: [] });
		expect(edited.skills.map((s) => s.name)).toEqual(['Retouches']);

		await archivePartner({ actor: coordinator.actor, ...where, archived: true });
		expect(await listPartnerCards({ actor: member.actor, networkId: where.networkId })).toEqual([]);
		await expect(getPartnerCard({ actor: member.actor, ...where })).rejects.toMatchObject({ code: 'not_found' });
		const list = await listPartners({ actor: coordinator.actor, networkId: where.networkId });
		expect(list.archived.map((p) => p.name)).toEqual(['Atelier Coudre Ensemble']);
		// Its name is free while set aside; bringing it back then is refused next to the name.
		const again = await createPartner({ actor: coordinator.actor, networkId: where.networkId, ...partnerContent() });
		await expect(archivePartner({ actor: coordinator.actor, ...where, archived: false })).rejects.toMatchObject({
			code: 'partner_name_taken',
			field: 'name'
		});
		await archivePartner({ actor: coordinator.actor, networkId: where.networkId, partnerId: again.id, archived: true });
		await archivePartner({ actor: coordinator.actor, ...where, archived: false });
		expect((await listPartnerCards({ actor: member.actor, networkId: where.networkId })).map((p) => p.id)).toEqual([
			where.partnerId
		]);
	});

	it('counts contacts, agreements and open referrals on the coordinators list, for two partners', async () => {
		const { coordinator, network } = await partnerWorld();
		await createPartner({
			actor: coordinator.actor,
			networkId: network.id,
			...partnerContent({ name: 'Banque du Parvis', kind: 'company' })
		});
		const { inUse } = await listPartners({ actor: coordinator.actor, networkId: network.id });
		expect(inUse.map((p) => [p.name, p.contacts, p.agreements, p.openReferrals])).toEqual([
			['Atelier Coudre Ensemble', 1, 0, 0],
			['Banque du Parvis', 0, 0, 0]
		]);
	});

	it('shows contacts to coordinators only: never on a member page, a public card or to another network', async () => {
		const { coordinator, member, where, contact } = await partnerWorld();
		const page = await getPartnerPage({ actor: coordinator.actor, ...where });
		expect(page.contacts).toEqual([{ id: contact.id, ...CONTACT }]);
		expect(showsContact(await listPartnerCards({ actor: member.actor, networkId: where.networkId }))).toBe(false);
		expect(showsContact(await getPartnerCard({ actor: member.actor, ...where }))).toBe(false);
		for (const read of [listContacts, getPartnerPage]) {
			await expect(read({ actor: member.actor, ...where })).rejects.toMatchObject({ code: 'forbidden' });
			await expect(read({ actor: null, ...where })).rejects.toMatchObject({ code: 'not_logged_in' });
		}
		const other = await createNetworkWithPeople();
		const there = { networkId: other.network.id, partnerId: where.partnerId };
		await expect(getPartnerPage({ actor: other.coordinator.actor, ...there })).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(listContacts({ actor: other.coordinator.actor, ...there })).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(getPartnerCard({ actor: other.member.actor, ...there })).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			removeContact({ actor: other.coordinator.actor, networkId: other.network.id, contactId: contact.id })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			removeContact({ actor: member.actor, networkId: where.networkId, contactId: contact.id })
		).rejects.toMatchObject({ code: 'forbidden' });
		const changed = { ...CONTACT, phone: '06 11 22 33 44', role: 'Trésorière' };
		await expect(
			updateContact({ actor: member.actor, networkId: where.networkId, contactId: contact.id, ...changed })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			updateContact({ actor: other.coordinator.actor, networkId: other.network.id, contactId: contact.id, ...changed })
		).rejects.toMatchObject({ code: 'not_found' });
		await updateContact({ actor: coordinator.actor, networkId: where.networkId, contactId: contact.id, ...changed });
		expect(await listContacts({ actor: coordinator.actor, ...where })).toEqual([{ id: contact.id, ...changed }]);
		await removeContact({ actor: coordinator.actor, networkId: where.networkId, contactId: contact.id });
		expect(await listContacts({ actor: coordinator.actor, ...where })).toEqual([]);
	});

	it("links a venue to a partner: the partner's pages list it, the venue names it, another network's is refused", async () => {
		const { coordinator, member, where, network } = await partnerWorld();
		const venue = await createVenue({
			actor: coordinator.actor,
			networkId: network.id,
			name: 'Atelier de la rue des Fileuses',
			address: '8 rue des Fileuses, 92000 Nanterre',
			accessNotes: '',
			doorEntry: '',
			capacity: 10,
			partnerName: '',
			isOwnSpace: false,
			partnerId: where.partnerId
		});
		await createVenueIn(network.id, { name: 'Sans partenaire' });
		const event = await createEvent({
			actor: coordinator.actor,
			networkId: network.id,
			input: eventContent(venue.id, { title: 'Atelier ourlets' })
		});
		const page = await getPartnerPage({ actor: coordinator.actor, ...where });
		expect(page.venues.map((v) => v.name)).toEqual(['Atelier de la rue des Fileuses']);
		expect(page.events.map((e) => [e.id, e.title])).toEqual([[event.id, 'Atelier ourlets']]);
		expect((await getPartnerCard({ actor: member.actor, ...where })).venues.map((v) => v.id)).toEqual([venue.id]);
		expect((await getVenue({ actor: member.actor, networkId: network.id, venueId: venue.id })).partner).toEqual({
			id: where.partnerId,
			name: 'Atelier Coudre Ensemble'
		});

		const other = await createNetworkWithPeople();
		const before = await db().$count(venues);
		await expect(
			createVenue({
				actor: other.coordinator.actor,
				networkId: other.network.id,
				name: 'Volé',
				address: 'Ailleurs',
				accessNotes: '',
				doorEntry: '',
				capacity: null,
				partnerName: '',
				isOwnSpace: false,
				partnerId: where.partnerId
			})
		).rejects.toMatchObject({ code: 'partner_unknown', field: 'partnerId' });
		// The database says it too, for a caller that skips the domain.
		const error = await createVenueIn(other.network.id, { partnerId: where.partnerId }).catch((e) => e);
		expect(isForeignKeyViolation(error)).toBe(true);
		expect(await db().$count(venues)).toBe(before);
	});

	it('refuses anonymous people and plain members on every coordinator action on a partner', async () => {
		const { coordinator, member, where, contact } = await partnerWorld();
		for (const [actor, code] of [
			[null, 'not_logged_in'],
			[member.actor, 'forbidden']
		] as const) {
			await expect(
				createPartner({ actor, networkId: where.networkId, ...partnerContent({ name: 'Autre' }) })
			).rejects.toMatchObject({ code });
			await expect(updatePartner({ actor, ...where, ...partnerContent() })).rejects.toMatchObject({ code });
			await expect(archivePartner({ actor, ...where, archived: true })).rejects.toMatchObject({ code });
			await expect(listPartners({ actor, networkId: where.networkId })).rejects.toMatchObject({ code });
			await expect(addContact({ actor, ...where, ...CONTACT })).rejects.toMatchObject({ code });
			await expect(
				updateContact({ actor, networkId: where.networkId, contactId: contact.id, ...CONTACT })
			).rejects.toMatchObject({ code });
			await expect(removeContact({ actor, networkId: where.networkId, contactId: contact.id })).rejects.toMatchObject({
				code
			});
			await expect(getPartnerPage({ actor, ...where })).rejects.toMatchObject({ code });
		}
		expect(await listContacts({ actor: coordinator.actor, ...where })).toHaveLength(1);
		const other = await createNetworkWithPeople();
		const there = { networkId: other.network.id, partnerId: where.partnerId };
		await expect(
			updatePartner({ actor: other.coordinator.actor, ...there, ...partnerContent() })
		).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(archivePartner({ actor: other.coordinator.actor, ...there, archived: true })).rejects.toMatchObject({
			code: 'not_found'
		});
		// Network B's coordinator acting in network A is not a member there.
		await expect(
			updatePartner({ actor: other.coordinator.actor, ...where, ...partnerContent({ name: 'Volé' }) })
		).rejects.toMatchObject({ code: 'not_member' });
		const [row] = await db().select().from(partners).where(eq(partners.id, where.partnerId));
		expect(row.name).toBe('Atelier Coudre Ensemble');
	});
});

describe('the mentors a partner brought', () => {
	it('lists on the partner page its mentors who have not left, and no one else', async () => {
		const { coordinator, where, network } = await partnerWorld();
		const other = await createPartner({
			actor: coordinator.actor,
			networkId: network.id,
			...partnerContent({ name: 'Banque du Parvis', kind: 'company' })
		});
		const mentor = (name: string, status: string, partnerId: string) => ({
			networkId: network.id,
			partnerId,
			name,
			status,
			email: ''
		});
		await db()
			.insert(mentors)
			.values([
				mentor('Thomas Lambert', 'invited', where.partnerId),
				mentor('Agnès Roux', 'left', where.partnerId),
				mentor('Paul Girard', 'invited', other.id)
			]);
		const page = await getPartnerPage({ actor: coordinator.actor, ...where });
		expect(page.mentors.map((m) => [m.name, m.status])).toEqual([['Thomas Lambert', 'invited']]);
	});
});

describe('the partner form', () => {
	const form = {
		name: 'Banque du Parvis',
		kind: 'company',
		description: '',
		address: 'Parvis de La Défense, 92800 Puteaux',
		website: 'https://banque-du-parvis.example',
		themeIds: '',
		skillNames: ' Préparer un entretien , préparer un entretien, budget ',
		offers: 'mentors\njob_leads'
	};

	it('reads the skills as a list without repeats and the ticked offers', () => {
		expect(partnerInput.parse(form)).toMatchObject({
			skillNames: ['Préparer un entretien', 'budget'],
			offers: ['mentors', 'job_leads'],
			themeIds: []
		});
	});

	it.each([
		['a javascript: website', { website: 'javascript:alert(1)' }, 'website', 'partner_website'],
		['a data: website', { website: 'data:text/html,<b>x</b>' }, 'website', 'partner_website'],
		['an empty name', { name: ' ' }, 'name', 'required'],
		['an unknown kind', { kind: 'secte' }, 'kind', 'unknown_choice'],
		['an unknown offer', { offers: 'argent' }, 'offers', 'unknown_choice'],
		['a tag in the description', { description: '<script>' }, 'description', 'no_markup']
	])('refuses %s with a code on its field', (_, change, field, code) => {
		const parsed = partnerInput.safeParse({ ...form, ...change });
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.find((i) => i.path[0] === field)?.message).toBe(code);
	});

	it('is still stopped by the database and the domain when a caller skips the schema; nothing is written', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const before = await db().$count(partners);
		const bad = await createPartner({
			actor: coordinator.actor,
			networkId: network.id,
			...partnerContent({ website: 'javascript:alert(1)' })
		}).catch((e) => e);
		expect(isCheckViolation(bad)).toBe(true);
		// A new skill needs a ticked theme to be filed under: the whole partner is refused, not half saved.
		await expect(
			createPartner({
				actor: coordinator.actor,
				networkId: network.id,
				...partnerContent({ skillNames: ['Broderie'] })
			})
		).rejects.toMatchObject({ code: 'partner_skill_needs_theme', field: 'skillNames' });
		const other = await createNetworkWithPeople();
		const theirTheme = await themeOf(other.network.id, 'Couture');
		await expect(
			createPartner({
				actor: coordinator.actor,
				networkId: network.id,
				...partnerContent({ themeIds: [theirTheme.id] })
			})
		).rejects.toMatchObject({ code: 'theme_unknown' });
		expect(await db().$count(partners)).toBe(before);
	});
});
