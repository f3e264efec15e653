import { listOpenReports } from '#lib/server/messages/list-reports.ts';
import { markReportHandled } from '#lib/server/messages/mark-report-handled.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { reportIdInput } from '#lib/validation/messages.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ reports: await listOpenReports(scopeOf(event)) }));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, reportIdInput, async (input) => {
			await markReportHandled({ ...scopeOf(event), ...input });
			return { handled: true };
		})
};
