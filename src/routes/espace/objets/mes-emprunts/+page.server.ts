import { cancelHold } from '#lib/server/library/cancel-hold.ts';
import { myLibrary } from '#lib/server/library/my-library.ts';
import { renewLoan } from '#lib/server/library/renew-loan.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { holdIdInput, loanIdInput } from '#lib/validation/library.ts';
import type { Actions, PageServerLoad } from './$types';

// « Mes emprunts »: the member's holds and loans, with « Annuler » and « Prolonger » (decision 030).
export const load: PageServerLoad = (event) => guard(event, async () => ({ mine: await myLibrary(scopeOf(event)) }));

export const actions: Actions = {
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
