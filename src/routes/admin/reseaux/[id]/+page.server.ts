import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { hasWaitingInvitation, showWaitingInvitation } from '#lib/server/networks/coordinator-invitation.ts';
import { deleteNetwork } from '#lib/server/networks/delete-network.ts';
import { getInstanceNetwork } from '#lib/server/networks/instance-networks.ts';
import { resumeNetwork, suspendNetwork } from '#lib/server/networks/suspend-network.ts';
import { flashOf, withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { actorOf } from '#lib/server/web/scope.ts';
import { deleteNetworkInput, suspendNetworkInput } from '#lib/validation/admin-networks.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// One network for the instance administrator (decision 007): its facts, suspend or resume, delete. The network
// is the one in the address, not the administrator's current one.
const theNetwork = (event: RequestEvent) => ({ actor: actorOf(event), networkId: event.params.id });

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		...(await getInstanceNetwork(theNetwork(event))),
		waitingInvitation: await hasWaitingInvitation(theNetwork(event)),
		done: flashOf(event, ['cree'])
	}));

const none = z.object({});

export const actions: Actions = {
	suspend: (event) =>
		handleForm(event, suspendNetworkInput, async () => {
			await suspendNetwork(theNetwork(event));
			return { suspended: true };
		}),
	resume: (event) =>
		handleForm(event, none, async () => {
			await resumeNetwork(theNetwork(event));
			return { resumed: true };
		}),
	// A POST, not a link: a preloading browser must not write the journal (as /coordination/courriels).
	invitation: (event) =>
		handleForm(event, none, async () => ({ invitation: await showWaitingInvitation(theNetwork(event)) })),
	delete: (event) =>
		handleForm(event, deleteNetworkInput, async (input) => {
			await deleteNetwork({ ...theNetwork(event), confirmName: input.confirmName });
			redirect(303, withFlash('/admin/reseaux', 'supprime'));
		})
};
