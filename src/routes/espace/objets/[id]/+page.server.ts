import { cancelHold } from '#lib/server/library/cancel-hold.ts';
import { itemPage } from '#lib/server/library/item-page.ts';
import { placeHold } from '#lib/server/library/place-hold.ts';
import { renewLoan } from '#lib/server/library/renew-loan.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { holdIdInput, holdInput, loanIdInput } from '#lib/validation/library.ts';
import type { Actions, PageServerLoad } from './$types';

// An item of the tool library: its state and condition history, « Réserver cet objet », the member's own hold
// (place in line or until when it is kept) and loan (« Prolonger le prêt ») (decision 030).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ page: await itemPage({ ...scopeOf(event), resourceId: event.params.id }) }));

export const actions: Actions = {
	hold: (event) =>
		handleForm(event, holdInput, async (input) => {
			const hold = await placeHold({ ...scopeOf(event), resourceId: input.resourceId });
			return { held: hold.offered ? 'ready' : 'waiting' };
		}),
	cancel: (event) =>
		handleForm(event, holdIdInput, async (input) => {
			await cancelHold({ ...scopeOf(event), holdId: input.holdId });
			return { cancelled: true };
		}),
	renew: (event) =>
		handleForm(event, loanIdInput, async (input) => {
			const loan = await renewLoan({ ...scopeOf(event), loanId: input.loanId });
			return { renewed: loan.dueOn };
		})
};
