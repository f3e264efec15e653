// The reciprocity form speaks hours, the network stores minutes (decision 019): the conversion is the domain's.
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople } from '../../../../tests/factories.ts';
import { findNetworkById } from './find-network.ts';
import { getReciprocitySettings, saveReciprocitySettings } from './reciprocity-settings.ts';

describe('reciprocity settings in hours', () => {
	it('stores 10 hours of debt and 20 of credit as -600 and 1200 minutes, and reads them back in hours', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const scope = { actor: coordinator.actor, networkId: network.id };
		await saveReciprocitySettings({
			...scope,
			reciprocityMode: 'time_bank',
			debtLimitHours: 10,
			creditLimitHours: 20.5
		});
		expect(await findNetworkById(network.id)).toMatchObject({
			timeMinBalanceMinutes: -600,
			timeMaxBalanceMinutes: 1230
		});
		expect(await getReciprocitySettings(scope)).toEqual({
			reciprocityMode: 'time_bank',
			debtLimitHours: 10,
			creditLimitHours: 20.5
		});
		await saveReciprocitySettings({ ...scope, reciprocityMode: 'gift', debtLimitHours: null, creditLimitHours: null });
		expect(await getReciprocitySettings(scope)).toEqual({
			reciprocityMode: 'gift',
			debtLimitHours: null,
			creditLimitHours: null
		});
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a plain member', 'forbidden'],
		['the coordinator of another network', 'not_member']
	])('is shown and saved for coordinators only: refused to %s', async (who, code) => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const actor = who === 'anonymous' ? null : who === 'a plain member' ? member.actor : other.coordinator.actor;
		await expect(getReciprocitySettings({ actor, networkId: network.id })).rejects.toMatchObject({ code });
		await expect(
			saveReciprocitySettings({
				actor,
				networkId: network.id,
				reciprocityMode: 'time_bank',
				debtLimitHours: 1,
				creditLimitHours: 1
			})
		).rejects.toMatchObject({ code });
		expect(await findNetworkById(network.id)).toEqual(network);
	});
});
