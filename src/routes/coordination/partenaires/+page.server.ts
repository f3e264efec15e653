import { archivePartner } from '#lib/server/partners/archive-partner.ts';
import { listPartners } from '#lib/server/partners/list-partners.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { partnerIdInput } from '#lib/validation/partners.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		...(await listPartners(scopeOf(event))),
		done: flashOf(event, ['archive'])
	}));

export const actions: Actions = {
	unarchive: (event) =>
		handleForm(event, partnerIdInput, async (input) => {
			await archivePartner({ ...scopeOf(event), partnerId: input.partnerId, archived: false });
			return { unarchived: true };
		})
};
