// The reciprocity form (`/coordination/reseau/echanges`, decision 019): coordinators type the time bank's limits
// in hours, the network stores them in minutes (the lower one negative, `timeMinBalanceMinutes`).
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { findNetworkById } from './find-network.ts';
import { updateReciprocitySettings } from './update-network-settings.ts';

const hoursOf = (minutes: number | null) => (minutes === null ? null : Math.abs(minutes) / 60);

/** The mode and the limits in hours (null: no limit), for the network's coordinators. */
export async function getReciprocitySettings(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const network = (await findNetworkById(options.networkId))!;
	return {
		reciprocityMode: network.reciprocityMode,
		debtLimitHours: hoursOf(network.timeMinBalanceMinutes),
		creditLimitHours: hoursOf(network.timeMaxBalanceMinutes)
	};
}

/** Saves the mode and the limits typed in hours: how far under zero a balance may go, and how high it may grow. */
export async function saveReciprocitySettings(options: {
	actor: Actor | null;
	networkId: string;
	reciprocityMode: 'open' | 'time_bank' | 'gift';
	debtLimitHours: number | null;
	creditLimitHours: number | null;
}) {
	const { debtLimitHours, creditLimitHours } = options;
	return updateReciprocitySettings({
		actor: options.actor,
		networkId: options.networkId,
		reciprocityMode: options.reciprocityMode,
		timeMinBalanceMinutes: debtLimitHours === null ? null : -debtLimitHours * 60,
		timeMaxBalanceMinutes: creditLimitHours === null ? null : creditLimitHours * 60
	});
}
