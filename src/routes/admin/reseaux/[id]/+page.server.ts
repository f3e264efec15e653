import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { deleteNetwork } from '#lib/server/networks/delete-network.ts';
import { getInstanceNetwork } from '#lib/server/networks/instance-networks.ts';
import { resumeNetwork, suspendNetwork } from '#lib/server/networks/suspend-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { deleteNetworkInput, suspendNetworkInput } from '#lib/validation/admin-networks.ts';
import type { Actions, PageServerLoad } from './$types';

// One network for the instance administrator (decision 007): its facts, suspend or resume, delete.
// After a redirect, ?fait=… says what was just done (no state change, just the sentence to show).
const DONE = ['cree'] as const;

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		...(await getInstanceNetwork({ actor: event.locals.actor, networkId: event.params.id })),
		done: DONE.find((d) => d === event.url.searchParams.get('fait'))
	}));

const none = z.object({});
const scope = (event: Parameters<Actions[string]>[0]) => ({ actor: event.locals.actor, networkId: event.params.id });

export const actions: Actions = {
	suspend: (event) =>
		handleForm(event, suspendNetworkInput, async () => {
			await suspendNetwork(scope(event));
			return { suspended: true };
		}),
	resume: (event) =>
		handleForm(event, none, async () => {
			await resumeNetwork(scope(event));
			return { resumed: true };
		}),
	delete: (event) =>
		handleForm(event, deleteNetworkInput, async (input) => {
			await deleteNetwork({ ...scope(event), confirmName: input.confirmName });
			redirect(303, '/admin/reseaux?fait=supprime');
		})
};
