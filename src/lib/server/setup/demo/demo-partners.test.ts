import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople } from '../../../../../tests/factories.ts';
import { listPartnerCards } from '../../partners/partner-card.ts';
import { getPartnerPage } from '../../partners/partner-page.ts';
import { fillDemoPartners } from './demo-partners.ts';

describe('the demo’s partners', () => {
	it('adds the atelier and the bank with their contacts and agreements, and one referral already contacted', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const ids = await fillDemoPartners({ networkId: network.id, admin: coordinator.actor, members: [member.actor] });
		const cards = await listPartnerCards({ actor: member.actor, networkId: network.id });
		expect(cards.map((c) => [c.name, c.kind, c.themes.map((t) => t.name)])).toEqual([
			['Atelier Coudre Ensemble', 'association', ['Couture']],
			['Banque du Parvis', 'company', ['Emploi & démarches']]
		]);
		const atelier = await getPartnerPage({ actor: coordinator.actor, networkId: network.id, partnerId: ids.atelierId });
		expect(atelier.contacts.map((c) => c.name)).toEqual(['Véronique Marchal']);
		expect(atelier.agreements.map((a) => a.status)).toEqual(['signed']);
		expect(atelier.counts).toEqual({ proposed: 0, contacted: 1, supported: 0, closed: 0 });
		const bank = await getPartnerPage({ actor: coordinator.actor, networkId: network.id, partnerId: ids.bankId });
		expect(bank.contacts.map((c) => c.name)).toEqual(['Thomas Lambert']);
	});
});
