import { lendItem } from '#lib/server/library/lend-item.ts';
import { libraryDesk } from '#lib/server/library/library-desk.ts';
import { renewLoan } from '#lib/server/library/renew-loan.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { lendInput, loanIdInput } from '#lib/validation/library.ts';
import type { Actions, PageServerLoad } from './$types';

// The front desk's tool library: lend an item, the open loans (renew, return), the items under repair (decision 030).
export const load: PageServerLoad = (event) => guard(event, async () => ({ desk: await libraryDesk(scopeOf(event)) }));

export const actions: Actions = {
	lend: (event) =>
		handleForm(event, lendInput, async (input) => {
			const loan = await lendItem({ ...scopeOf(event), resourceId: input.resourceId, accountId: input.accountId });
			return { lent: loan.dueOn };
		}),
	renew: (event) =>
		handleForm(event, loanIdInput, async (input) => {
			const loan = await renewLoan({ ...scopeOf(event), loanId: input.loanId });
			return { renewed: loan.dueOn };
		})
};
