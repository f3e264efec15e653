import { listOpenReports } from '#lib/server/messages/list-reports.ts';
import { markReportHandled } from '#lib/server/messages/mark-report-handled.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { reportIdInput } from '#lib/validation/messages.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		reports: await listOpenReports({ actor: event.locals.actor, networkId: currentNetworkId(event.locals) })
	}));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, reportIdInput, async (input) => {
			await markReportHandled({ actor: event.locals.actor, networkId: currentNetworkId(event.locals), ...input });
			return { handled: true };
		})
};
