import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db/client.ts';
import { networks } from '../db/schema/index.ts';
import { insertNetwork, slugify } from './create-network.ts';

describe('slugify', () => {
	it.each([
		['Réseau des Épinettes', 'reseau-des-epinettes'],
		["Réseau d'Entraide des Épinettes", 'reseau-d-entraide-des-epinettes'],
		['L’Échange — Cité Gorki', 'l-echange-cite-gorki'],
		['  Savoirs   partagés  ', 'savoirs-partages'],
		['Français, Ça Bouge à Noël !', 'francais-ca-bouge-a-noel'],
		['Quartier 2000', 'quartier-2000'],
		['--Nanterre--', 'nanterre']
	])('turns « %s » into « %s »', (name, slug) => {
		expect(slugify(name)).toBe(slug);
	});

	it.each(['', '   ', '!!!', '« »', '日本語'])('falls back on « reseau » when nothing is left of « %s »', (name) => {
		expect(slugify(name)).toBe('reseau');
	});

	it('keeps at most 50 characters and never ends on a dash', () => {
		const long = slugify(
			'Réseau des savoirs et de l’entraide du quartier du Petit-Nanterre et des Provinces-Françaises'
		);
		expect(long.length).toBeLessThanOrEqual(50);
		expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		expect(long.startsWith('reseau-des-savoirs-et-de-l-entraide-du-quartier')).toBe(true);
		// A cut that falls right after a word leaves no trailing dash.
		const cut = slugify(`${'a'.repeat(49)} bcd`);
		expect(cut).toBe('a'.repeat(49));
		expect(slugify('x'.repeat(80))).toHaveLength(50);
	});

	it('always gives a slug the database accepts', () => {
		for (const name of ["Réseau d'Entraide", '', 'É'.repeat(100), 'A - B - C', 'Ünïcødé ñ 123']) {
			expect(slugify(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		}
	});
});

describe('insertNetwork', () => {
	const fields = (name: string) => ({ name, town: 'Nanterre', description: 'Entraide entre voisins.' });

	it('suffixes -2, -3… when the slug is taken, and each network keeps its own name', async () => {
		const name = 'Réseau des Fontenelles';
		const first = await insertNetwork(db(), fields(name));
		const second = await insertNetwork(db(), fields('Réseau des fontenelles'));
		const third = await insertNetwork(db(), fields('RÉSEAU DES FONTENELLES !'));
		expect([first.slug, second.slug, third.slug]).toEqual([
			'reseau-des-fontenelles',
			'reseau-des-fontenelles-2',
			'reseau-des-fontenelles-3'
		]);
		expect(second.name).toBe('Réseau des fontenelles');
		expect(await db().$count(networks, eq(networks.slug, 'reseau-des-fontenelles-2'))).toBe(1);
	});

	it('skips a suffix that is already taken', async () => {
		await insertNetwork(db(), fields('Réseau du Parc'));
		await insertNetwork(db(), fields('Réseau du Parc 3')); // takes « reseau-du-parc-3 » by its own name
		const next = await insertNetwork(db(), fields('Réseau du Parc'));
		const after = await insertNetwork(db(), fields('Réseau du Parc'));
		expect(next.slug).toBe('reseau-du-parc-2');
		expect(after.slug).toBe('reseau-du-parc-4');
	});

	it('is not confused by a longer slug that merely starts the same way', async () => {
		await insertNetwork(db(), fields('Réseau des Groues Sud'));
		const groues = await insertNetwork(db(), fields('Réseau des Groues'));
		expect(groues.slug).toBe('reseau-des-groues');
	});

	it('defaults to approval of new members', async () => {
		const network = await insertNetwork(db(), fields('Réseau du Chemin de l’Île'));
		expect(network).toMatchObject({ slug: 'reseau-du-chemin-de-l-ile', joinPolicy: 'approval' });
		const open = await insertNetwork(db(), { ...fields('Réseau des Pâquerettes'), joinPolicy: 'open' });
		expect(open.joinPolicy).toBe('open');
	});

	it('writes nothing when the database refuses the row', async () => {
		const before = await db().$count(networks);
		await expect(insertNetwork(db(), fields('N'.repeat(101)))).rejects.toThrow();
		expect(await db().$count(networks)).toBe(before);
	});
});
