// Partners for tests (decision 035): a network with a coordinator and a member, one partner with a contact.
import type { Actor } from '../src/lib/server/auth/policies.ts';
import { addContact } from '../src/lib/server/partners/contacts.ts';
import { createPartner } from '../src/lib/server/partners/create-partner.ts';
import type { PartnerInput } from '../src/lib/validation/partners.ts';
import { createNetworkWithPeople, themeOf } from './factories.ts';

/** What the partner form posts, parsed: « Atelier Coudre Ensemble », an association, under « Couture ». */
export function partnerContent(overrides: Partial<PartnerInput> = {}): PartnerInput {
	return {
		name: 'Atelier Coudre Ensemble',
		kind: 'association',
		description: 'Ateliers de couture pour tous les niveaux.',
		address: '8 rue des Fileuses, 92000 Nanterre',
		website: 'https://coudre-ensemble.example',
		themeIds: [],
		skillNames: [],
		offers: ['trainings', 'venues'],
		...overrides
	};
}

/** A contact whose every detail is easy to look for in what a page receives. */
export const CONTACT = {
	name: 'Véronique Secrète',
	role: 'Directrice',
	email: 'veronique.secrete@coudre.example',
	phone: '01 98 76 54 32'
};

export async function partnerWorld() {
	const people = await createNetworkWithPeople();
	const { network, coordinator } = people;
	const sewing = await themeOf(network.id, 'Couture');
	const partner = await createPartner({
		actor: coordinator.actor,
		networkId: network.id,
		...partnerContent({ themeIds: [sewing.id], skillNames: ['Retouches', 'ourlets'] })
	});
	const contact = await addContact({
		actor: coordinator.actor,
		networkId: network.id,
		partnerId: partner.id,
		...CONTACT
	});
	return { ...people, sewing, partner, contact, where: { networkId: network.id, partnerId: partner.id } };
}

export type PartnerWorld = Awaited<ReturnType<typeof partnerWorld>>;
export type { Actor };
