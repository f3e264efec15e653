import { lendItem } from '#lib/server/library/lend-item.ts';
import { deskItem } from '#lib/server/library/library-desk.ts';
import { endRepair, startRepair } from '#lib/server/library/repair-item.ts';
import { returnItem } from '#lib/server/library/return-item.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { lendInput, repairInput, returnInput } from '#lib/validation/library.ts';
import type { Actions, PageServerLoad } from './$types';

// One item at the front desk: lend it to the person it is kept for, record its return with the condition, put it under repair and back (decision 030).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ page: await deskItem({ ...scopeOf(event), resourceId: event.params.id }) }));

export const actions: Actions = {
	lend: (event) =>
		handleForm(event, lendInput, async (input) => {
			const loan = await lendItem({ ...scopeOf(event), resourceId: input.resourceId, accountId: input.accountId });
			return { lent: loan.dueOn };
		}),
	return: (event) =>
		handleForm(event, returnInput, async (input) => {
			await returnItem({ ...scopeOf(event), loanId: input.loanId, condition: input.condition });
			return { done: 'returned' as const };
		}),
	repair: (event) =>
		handleForm(event, repairInput, async (input) => {
			await startRepair({ ...scopeOf(event), resourceId: input.resourceId, note: input.note });
			return { done: 'repair' as const };
		}),
	repaired: (event) =>
		handleForm(event, repairInput, async (input) => {
			await endRepair({ ...scopeOf(event), resourceId: input.resourceId, note: input.note });
			return { done: 'repaired' as const };
		})
};
