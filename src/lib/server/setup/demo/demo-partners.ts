// The demo network's partners (issue 17, decision 035): « Atelier Coudre Ensemble », an association under
// « Couture », and « Banque du Parvis », a company at La Défense whose employees mentor, each with a contact and an
// agreement; one member oriented to the atelier with their consent, already « contactée ». Written through the
// partners' own functions like the rest of the demo: `fillDemoPartners({ networkId, admin, members })` with at
// least one member, after the setup (the themes exist).
import type { Actor } from '../../auth/policies.ts';
import { now } from '../../clock.ts';
import { createAgreement } from '../../partners/agreements.ts';
import { addContact } from '../../partners/contacts.ts';
import { createPartner } from '../../partners/create-partner.ts';
import { createReferral } from '../../partners/create-referral.ts';
import { moveReferral } from '../../partners/move-referral.ts';
import { listThemes } from '../../skills/list-themes.ts';
import { addParisDays, parisDate } from '../../../paris-time.ts';

export async function fillDemoPartners(options: { networkId: string; admin: Actor; members: Actor[] }) {
	const scope = { actor: options.admin, networkId: options.networkId };
	const themes = await listThemes(scope);
	const themeIds = (...names: string[]) => themes.filter((t) => names.includes(t.name)).map((t) => t.id);
	const day = (days: number) => parisDate(addParisDays(now(), days));

	const atelier = await createPartner({
		...scope,
		name: 'Atelier Coudre Ensemble',
		kind: 'association',
		description: 'Une association de quartier qui apprend à coudre, retoucher et réparer ses vêtements.',
		address: '8 rue des Fileuses, 92000 Nanterre',
		website: 'https://coudre-ensemble.example.org',
		themeIds: themeIds('Couture'),
		skillNames: ['Retouches', 'Ourlets'],
		offers: ['trainings', 'venues']
	});
	await addContact({
		...scope,
		partnerId: atelier.id,
		name: 'Véronique Marchal',
		role: 'Présidente',
		email: 'veronique@coudre-ensemble.example.org',
		phone: '01 47 00 12 34'
	});
	await createAgreement({
		...scope,
		partnerId: atelier.id,
		title: 'Ateliers couture au local',
		startsOn: day(-200),
		endsOn: day(165),
		status: 'signed',
		file: new Uint8Array()
	});

	const bank = await createPartner({
		...scope,
		name: 'Banque du Parvis',
		kind: 'company',
		description: 'Des salariés de La Défense donnent du temps pour préparer un entretien ou relire un CV.',
		address: 'Parvis de La Défense, 92800 Puteaux',
		website: 'https://banque-du-parvis.example.org',
		themeIds: themeIds('Emploi & démarches'),
		skillNames: ['Préparer un entretien'],
		offers: ['mentors', 'job_leads']
	});
	await addContact({
		...scope,
		partnerId: bank.id,
		name: 'Thomas Lambert',
		role: 'Mécénat de compétences',
		email: 'thomas.lambert@banque-du-parvis.example.org',
		phone: ''
	});
	await createAgreement({
		...scope,
		partnerId: bank.id,
		title: 'Mécénat de compétences 2026',
		startsOn: day(-30),
		endsOn: day(335),
		status: 'draft',
		file: new Uint8Array()
	});

	const referral = await createReferral({
		...scope,
		partnerId: atelier.id,
		accountId: options.members[0].accountId,
		need: 'Apprendre les retouches pour un emploi en boutique.',
		postId: null,
		consent: true
	});
	await moveReferral({ ...scope, referralId: referral.id, status: 'contacted' });
	return { atelierId: atelier.id, bankId: bank.id };
}
