import { redirect } from '@sveltejs/kit';
import { cancelCareRequest } from '#lib/server/childcare/cancel-care-request.ts';
import { chooseCarer } from '#lib/server/childcare/choose-carer.ts';
import { confirmCareDone } from '#lib/server/childcare/confirm-care-done.ts';
import { getCareRequest } from '#lib/server/childcare/get-care-request.ts';
import { offerCare } from '#lib/server/childcare/offer-care.ts';
import { flashOf, withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { careChoiceInput, careOfferInput } from '#lib/validation/childcare.ts';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

// A childcare request's page: what is asked, the offers (parent), « Je peux garder » (trusted carers), the
// details once confirmed, « La garde a eu lieu » after the slot. Each opening is journaled (decision 032).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		page: await getCareRequest({ ...scopeOf(event), requestId: event.params.id }),
		done: flashOf(event, ['demandee', 'proposee', 'choisie', 'eu-lieu'])
	}));

const nothing = z.object({});
const here = (id: string, code: string) => withFlash(`/entraide/garde/${id}`, code);

export const actions: Actions = {
	offer: (event) =>
		handleForm(event, careOfferInput, async (input) => {
			await offerCare({ ...scopeOf(event), requestId: event.params.id, ...input });
			redirect(303, here(event.params.id, 'proposee'));
		}),
	choose: (event) =>
		handleForm(event, careChoiceInput, async (input) => {
			await chooseCarer({ ...scopeOf(event), requestId: event.params.id, carerAccountId: input.carerAccountId });
			redirect(303, here(event.params.id, 'choisie'));
		}),
	done: (event) =>
		handleForm(event, nothing, async () => {
			await confirmCareDone({ ...scopeOf(event), requestId: event.params.id });
			redirect(303, here(event.params.id, 'eu-lieu'));
		}),
	cancel: (event) =>
		handleForm(event, nothing, async () => {
			await cancelCareRequest({ ...scopeOf(event), requestId: event.params.id });
			redirect(303, withFlash('/entraide/garde', 'annulee'));
		})
};
