import { z } from 'zod';
import { getTip } from '#lib/server/tips/get-tip.ts';
import { setTipHidden } from '#lib/server/tips/hide-tip.ts';
import { setTipUseful } from '#lib/server/tips/mark-useful.ts';
import { reportTip } from '#lib/server/tips/report-tip.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { tipReportInput, tipUsefulInput } from '#lib/validation/tips.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const tip = await getTip({ ...scopeOf(event), tipId: event.params.id });
		return { tip, done: flashOf(event, ['publie', 'modifie']) };
	});

const theTip = (event: RequestEvent) => ({ ...scopeOf(event), tipId: event.params.id });

export const actions: Actions = {
	useful: (event) =>
		handleForm(event, tipUsefulInput, async (input) => {
			await setTipUseful({ ...theTip(event), useful: input.useful === 'oui' });
			return { useful: input.useful };
		}),
	report: (event) =>
		handleForm(event, tipReportInput, async (input) => {
			await reportTip({ ...theTip(event), reason: input.reason });
			return { reported: true };
		}),
	hide: (event) =>
		handleForm(event, z.object({}), async () => {
			await setTipHidden({ ...theTip(event), hidden: true });
			return { hidden: true };
		}),
	show: (event) =>
		handleForm(event, z.object({}), async () => {
			await setTipHidden({ ...theTip(event), hidden: false });
			return { shown: true };
		})
};
