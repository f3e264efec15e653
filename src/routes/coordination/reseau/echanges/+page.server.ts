import { requireCoordinator } from '#lib/server/auth/policies.ts';
import { findNetworkById } from '#lib/server/networks/find-network.ts';
import { updateReciprocitySettings } from '#lib/server/networks/update-network-settings.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { reciprocityInput } from '#lib/validation/exchanges.ts';
import type { Actions, PageServerLoad } from './$types';

/** Limits are stored in minutes (the lower one negative) and typed in hours. */
const hoursOf = (minutes: number | null) => (minutes === null ? '' : String(Math.abs(minutes) / 60));

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const networkId = currentNetworkId(event.locals);
		requireCoordinator(event.locals.actor, networkId);
		const network = (await findNetworkById(networkId))!;
		return {
			settings: {
				reciprocityMode: network.reciprocityMode,
				debtLimitHours: hoursOf(network.timeMinBalanceMinutes),
				creditLimitHours: hoursOf(network.timeMaxBalanceMinutes)
			}
		};
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, reciprocityInput, async (input) => {
			await updateReciprocitySettings({
				actor: event.locals.actor,
				networkId: currentNetworkId(event.locals),
				reciprocityMode: input.reciprocityMode,
				timeMinBalanceMinutes: input.debtLimitHours === null ? null : -input.debtLimitHours * 60,
				timeMaxBalanceMinutes: input.creditLimitHours === null ? null : input.creditLimitHours * 60
			});
			return { saved: true };
		})
};
