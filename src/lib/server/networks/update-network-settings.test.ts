import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople } from '../../../../tests/factories.ts';
import { isCheckViolation } from '../db/errors.ts';
import { db } from '../db/client.ts';
import { networks } from '../db/schema/index.ts';
import { updateNetworkSettings, updateReciprocitySettings } from './update-network-settings.ts';

async function networkRow(id: string) {
	const [row] = await db().select().from(networks).where(eq(networks.id, id));
	return row;
}

const settings = {
	name: 'Réseau des savoirs des Provinces-Françaises',
	town: 'Nanterre',
	description: 'Cuisine, jardinage et informatique entre voisins, à la Maison des Provinces.',
	joinPolicy: 'open' as const
};

describe('updateNetworkSettings', () => {
	it('saves the new name, town, description and join policy, and keeps the slug', async () => {
		const { network, coordinator } = await createNetworkWithPeople({ joinPolicy: 'approval' });
		await updateNetworkSettings({ actor: coordinator.actor, networkId: network.id, ...settings });
		const row = await networkRow(network.id);
		expect(row).toMatchObject({ ...settings, slug: network.slug });

		await updateNetworkSettings({
			actor: coordinator.actor,
			networkId: network.id,
			...settings,
			joinPolicy: 'approval'
		});
		expect((await networkRow(network.id)).joinPolicy).toBe('approval');
	});

	it('changes only the coordinator’s own network', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		await updateNetworkSettings({ actor: coordinator.actor, networkId: network.id, ...settings });
		expect(await networkRow(other.network.id)).toEqual(other.network);
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a plain member', 'forbidden'],
		['the coordinator of another network', 'not_member']
	])('is refused to %s, and the network is unchanged', async (who, code) => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const actor = who === 'anonymous' ? null : who === 'a plain member' ? member.actor : other.coordinator.actor;
		await expect(updateNetworkSettings({ actor, networkId: network.id, ...settings })).rejects.toMatchObject({ code });
		expect(await networkRow(network.id)).toEqual(network);
	});

	// Validation lives in the zod schema of the form; the database still refuses bad rows if a caller skips it.
	it.each([
		['an unknown join policy', { joinPolicy: 'everyone' as 'open' }],
		['a 101-character name', { name: 'R'.repeat(101) }],
		['an empty name', { name: '' }],
		['a 101-character town', { town: 'N'.repeat(101) }],
		['a 501-character description', { description: 'd'.repeat(501) }]
	])('is stopped by a database check for %s, and the network is unchanged', async (_, bad) => {
		const { network, coordinator } = await createNetworkWithPeople();
		const error = await updateNetworkSettings({
			actor: coordinator.actor,
			networkId: network.id,
			...settings,
			...bad
		}).catch((e) => e);
		expect(error).toBeInstanceOf(Error);
		expect(isCheckViolation(error)).toBe(true);
		expect(await networkRow(network.id)).toEqual(network);
	});

	it('accepts a name of exactly 100 characters', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const name = 'É'.repeat(100);
		await updateNetworkSettings({ actor: coordinator.actor, networkId: network.id, ...settings, name });
		expect((await networkRow(network.id)).name).toBe(name);
	});
});

describe('updateReciprocitySettings', () => {
	const reciprocity = {
		reciprocityMode: 'time_bank' as const,
		timeMinBalanceMinutes: -600,
		timeMaxBalanceMinutes: 1200
	};

	it('saves the mode and the limits', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		await updateReciprocitySettings({ actor: coordinator.actor, networkId: network.id, ...reciprocity });
		expect(await networkRow(network.id)).toMatchObject(reciprocity);
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a plain member', 'forbidden'],
		['the coordinator of another network', 'not_member']
	])('is refused to %s, and the network is unchanged', async (who, code) => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const actor = who === 'anonymous' ? null : who === 'a plain member' ? member.actor : other.coordinator.actor;
		await expect(updateReciprocitySettings({ actor, networkId: network.id, ...reciprocity })).rejects.toMatchObject({
			code
		});
		expect(await networkRow(network.id)).toEqual(network);
	});

	it.each([
		['an unknown mode', { reciprocityMode: 'barter' as 'gift' }],
		['a positive lower limit', { timeMinBalanceMinutes: 60 }],
		['a negative upper limit', { timeMaxBalanceMinutes: -60 }]
	])('is stopped by a database check for %s', async (_, bad) => {
		const { network, coordinator } = await createNetworkWithPeople();
		const error = await updateReciprocitySettings({
			actor: coordinator.actor,
			networkId: network.id,
			...reciprocity,
			...bad
		}).catch((e) => e);
		expect(isCheckViolation(error)).toBe(true);
		expect(await networkRow(network.id)).toEqual(network);
	});
});
