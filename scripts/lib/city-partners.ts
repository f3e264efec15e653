// The town's partner organisations (issue 17, decision 035), for `npm run seed:city` and `npm run bench`: 24
// partners of every kind with their themes, contacts and an agreement each (ends spread over the coming year, so the
// reminder sweep has work), then a year of referrals with their steps. Partners, contacts and agreements go through
// the app's own functions; the referrals and their history are written in bulk (`insert … select
// generate_series`), each still passing the database's keys (a member of the network, a partner of the network).
// Call `seedCityPartners(q, networkId, log)` after the town's members exist; a second call reuses what it finds.
import { eq, sql } from 'drizzle-orm';
import { loadActor } from '../../src/lib/server/accounts/find-account.ts';
import { sqlRows, type Db } from '../../src/lib/server/db/client.ts';
import { partners, themes } from '../../src/lib/server/db/schema/index.ts';
import { createAgreement } from '../../src/lib/server/partners/agreements.ts';
import { addContact } from '../../src/lib/server/partners/contacts.ts';
import { createPartner } from '../../src/lib/server/partners/create-partner.ts';
import { PARTNER_KINDS, type PartnerKind, type PartnerOffer } from '../../src/lib/partner-options.ts';
import { CITY_COORDINATOR } from './city-seed.ts';

/** Referrals written over the past year: about a hundred a month for a town-sized network. */
const REFERRALS_PER_YEAR = 1200;

const NAMES: [name: string, kind: PartnerKind, offers: PartnerOffer[], theme: string][] = [
	['Atelier Coudre Ensemble', 'association', ['trainings', 'venues'], 'Couture'],
	['Banque du Parvis', 'company', ['mentors', 'job_leads'], 'Emploi & démarches'],
	['Mission locale des Hauts-de-Seine', 'support', ['job_leads', 'trainings'], 'Emploi & démarches'],
	['Université Paris Nanterre', 'university', ['trainings', 'mentors', 'venues'], 'Langues'],
	['Crèche Les Petits Pas', 'creche', ['childcare_places'], "Garde d'enfants"],
	['Ville de Nanterre', 'local_authority', ['venues'], 'Autre'],
	['Formation Numérique Pour Tous', 'trainer', ['trainings'], 'Informatique & numérique'],
	["Association Authenti'Cité", 'association', ['venues', 'trainings'], 'Cuisine'],
	['Jardins de Gorki', 'association', ['venues'], 'Jardinage'],
	['Repair Café du Parc', 'association', ['trainings'], 'Bricolage & réparation'],
	['Cabinet Conseil Défense', 'company', ['mentors'], 'Emploi & démarches'],
	['Assurances du Parvis', 'company', ['mentors', 'job_leads'], 'Emploi & démarches'],
	['École de musique municipale', 'local_authority', ['trainings', 'venues'], 'Musique & danse'],
	['Vélo-École Nanterre', 'association', ['trainings'], 'Mobilité & vélo'],
	['Centre social Les Fontenelles', 'support', ['venues', 'childcare_places'], 'Autre'],
	['Pôle emploi Nanterre', 'support', ['job_leads'], 'Emploi & démarches'],
	['Crèche associative Arc-en-ciel', 'creche', ['childcare_places'], "Garde d'enfants"],
	['Alpha Langues', 'trainer', ['trainings'], 'Langues'],
	['Maison de la santé', 'support', ['trainings'], 'Bien-être'],
	['Informatique Solidaire 92', 'association', ['trainings', 'venues'], 'Informatique & numérique'],
	['Groupe Hôtelier Seine Ouest', 'company', ['job_leads', 'mentors'], 'Cuisine'],
	['Atelier Bois et Fer', 'trainer', ['trainings'], 'Bricolage & réparation'],
	['Ludothèque du Petit-Nanterre', 'local_authority', ['venues'], 'Autre'],
	['Les Amis du Quartier', 'other', ['venues'], 'Autre']
];

const NEEDS = [
	'Préparer un entretien d’embauche',
	'Apprendre les retouches pour un emploi en boutique',
	'Trouver une place en crèche pour reprendre une formation',
	'Se former aux outils numériques',
	'Faire relire son CV par une personne du métier',
	'Prendre des cours de français',
	'Réparer son vélo pour aller au travail'
];

export type CityPartners = { reused: boolean; partners: number; referrals: number };

export async function seedCityPartners(q: Db, networkId: string, log: (line: string) => void): Promise<CityPartners> {
	const existing = await q.$count(partners, eq(partners.networkId, networkId));
	if (existing > 0) return { reused: true, partners: existing, referrals: 0 };
	const start = performance.now();
	const [coordinatorRow] = await sqlRows<{ id: string }>(
		q,
		sql`select id from accounts where email = ${CITY_COORDINATOR.email}`
	);
	const actor = await loadActor(coordinatorRow.id);
	const scope = { actor, networkId };
	const themeRows = await q
		.select({ id: themes.id, name: themes.name })
		.from(themes)
		.where(eq(themes.networkId, networkId));
	const themeId = (name: string) => themeRows.find((t) => t.name === name)?.id;
	const today = new Date();
	for (const [i, [name, kind, offers, theme]] of NAMES.entries()) {
		const id = themeId(theme);
		const partner = await createPartner({
			...scope,
			name,
			kind: PARTNER_KINDS.includes(kind) ? kind : 'other',
			description: `${name} travaille avec le réseau depuis ${2020 + (i % 6)}.`,
			address: `${10 + i} avenue de la République, 92000 Nanterre`,
			website: `https://partenaire-${i + 1}.example`,
			themeIds: id ? [id] : [],
			skillNames: [],
			offers
		});
		const where = { ...scope, partnerId: partner.id };
		await addContact({
			...where,
			name: `Contact ${i + 1}`,
			role: 'Responsable des partenariats',
			email: `contact${i + 1}@partenaire.example`,
			phone: '01 47 00 00 00'
		});
		// Ends from next week to a year ahead: a few fall in the reminder's month at any time.
		const end = new Date(today.getTime() + (7 + i * 15) * 86_400_000).toISOString().slice(0, 10);
		const begin = new Date(today.getTime() - (365 - i * 15) * 86_400_000).toISOString().slice(0, 10);
		await createAgreement({
			...where,
			title: `Convention ${name}`,
			startsOn: begin,
			endsOn: end,
			status: 'signed',
			file: new Uint8Array()
		});
	}
	const referrals = await insertReferrals(q, networkId, coordinatorRow.id);
	await q.execute(sql`analyze partner_referrals`);
	await q.execute(sql`analyze partner_referral_steps`);
	log(
		`  partenaires (${NAMES.length}, un contact et une convention chacun, ${referrals} orientations sur un an) : ` +
			`${((performance.now() - start) / 1000).toFixed(1)} s`
	);
	return { reused: false, partners: NAMES.length, referrals };
}

/** A year of referrals spread over the network's members and partners, older ones further along, with their steps. */
async function insertReferrals(q: Db, networkId: string, coordinatorId: string): Promise<number> {
	const needs = sql.raw(`array[${NEEDS.map((n) => `'${n.replace(/'/g, "''")}'`).join(', ')}]`);
	const rows = await sqlRows<{ id: string }>(
		q,
		sql`with m as (
				select account_id, row_number() over (order by account_id) as n, count(*) over () as total
				from memberships where network_id = ${networkId}::uuid and status = 'active' and role = 'member'),
			p as (
				select id, row_number() over (order by name_key) as n, count(*) over () as total
				from partners where network_id = ${networkId}::uuid),
			g as (
				select i, now() - ((i * 365) / ${REFERRALS_PER_YEAR}) * interval '1 day' - (i % 9) * interval '1 hour' as at
				from generate_series(1, ${REFERRALS_PER_YEAR}) i)
			insert into partner_referrals
				(network_id, partner_id, account_id, need, status, consent_at, created_by_account_id, created_at, updated_at)
			select ${networkId}::uuid, p.id, m.account_id, (${needs})[1 + g.i % ${NEEDS.length}],
				case when g.at > now() - interval '14 days' then (array['proposed', 'contacted'])[1 + g.i % 2]
					else (array['supported', 'supported', 'contacted', 'closed'])[1 + g.i % 4] end,
				g.at, ${coordinatorId}::uuid, g.at, g.at
			from g
			join m on m.n = 1 + (g.i * 7919) % m.total
			join p on p.n = 1 + (g.i * 31) % p.total
			returning id`
	);
	// The history: « proposée » when it was written, « contactée » three days later, then the last step.
	await q.execute(sql`insert into partner_referral_steps (network_id, referral_id, status, at, by_account_id)
		select r.network_id, r.id, s.status, r.created_at + s.after, ${coordinatorId}::uuid
		from partner_referrals r
		join lateral (values ('proposed', interval '0'), ('contacted', interval '3 days'),
			(r.status, case r.status when 'supported' then interval '20 days' else interval '10 days' end)) as s(status, after)
			on s.status = 'proposed' or (r.status <> 'proposed' and (s.status = 'contacted' or s.status = r.status))
		where r.network_id = ${networkId}::uuid
		on conflict (referral_id, status) do nothing`);
	return rows.length;
}
