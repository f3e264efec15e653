import { z } from 'zod';
import { TIP_LIFETIME_DAYS } from '#lib/limits.ts';
import { getManagedTip } from '#lib/server/tips/get-managed-tip.ts';
import { renewTip } from '#lib/server/tips/renew-tip.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { Actions, PageServerLoad } from './$types';

// GET only shows the one-button confirmation (a link opened twice changes nothing); the POST prolongs.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { values: _values, ...tip } = await getManagedTip({ ...scopeOf(event), tipId: event.params.id });
		return { tip, days: TIP_LIFETIME_DAYS };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, z.object({}), async () => {
			const result = await renewTip({ ...scopeOf(event), tipId: event.params.id });
			return { renewed: result.renewed, expiresAt: result.expiresAt };
		})
};
