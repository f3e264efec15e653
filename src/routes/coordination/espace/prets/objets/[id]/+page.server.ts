import { lendItem } from '#lib/server/library/lend-item.ts';
import { deskItem } from '#lib/server/library/library-desk.ts';
import { removeItemPhoto, setItemPhoto } from '#lib/server/library/item-photo.ts';
import { endRepair, startRepair } from '#lib/server/library/repair-item.ts';
import { returnItem } from '#lib/server/library/return-item.ts';
import { handleForm, readUpload } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { z } from 'zod';
import { itemPhotoInput, lendInput, repairInput, returnInput } from '#lib/validation/library.ts';
import type { Actions, PageServerLoad } from './$types';

// One item at the front desk: its photo, lend it to the person it is kept for, record its return with the condition, put it under repair and back (decision 030).
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
		}),
	photo: (event) =>
		handleForm(event, itemPhotoInput, async (input) => {
			const bytes = await readUpload(event, 'photo');
			await setItemPhoto({ ...scopeOf(event), resourceId: event.params.id, bytes, alt: input.alt });
			return { done: 'photo' as const };
		}),
	removePhoto: (event) =>
		handleForm(event, z.object({}), async () => {
			await removeItemPhoto({ ...scopeOf(event), resourceId: event.params.id });
			return { done: 'photoRemoved' as const };
		})
};
