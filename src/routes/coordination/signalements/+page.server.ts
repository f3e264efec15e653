import { z } from 'zod';
import { listOpenReports } from '#lib/server/messages/list-reports.ts';
import { markReportHandled } from '#lib/server/messages/mark-report-handled.ts';
import { setTipHidden } from '#lib/server/tips/hide-tip.ts';
import { listOpenTipReports, markTipReportHandled } from '#lib/server/tips/tip-reports.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { reportIdInput } from '#lib/validation/messages.ts';
import { tipReportIdInput } from '#lib/validation/tips.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		reports: await listOpenReports(scopeOf(event)),
		tipReports: await listOpenTipReports(scopeOf(event))
	}));

export const actions: Actions = {
	handle: (event) =>
		handleForm(event, reportIdInput, async (input) => {
			await markReportHandled({ ...scopeOf(event), ...input });
			return { handled: true };
		}),
	// Reported tips (decision 033): closed as they are, or answered by hiding the tip (which closes its reports).
	tipHandled: (event) =>
		handleForm(event, tipReportIdInput, async (input) => {
			await markTipReportHandled({ ...scopeOf(event), ...input });
			return { handled: true };
		}),
	tipHide: (event) =>
		handleForm(event, z.object({ tipId: z.uuid({ error: 'unknown_choice' }) }), async (input) => {
			await setTipHidden({ ...scopeOf(event), tipId: input.tipId, hidden: true });
			return { handled: true };
		})
};
