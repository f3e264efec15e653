import { requireCoordinator } from '#lib/server/auth/policies.ts';
import { now } from '#lib/server/clock.ts';
import { eventsReport } from '#lib/server/events/events-report.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { guard } from '#lib/server/web/guard.ts';
import { validationText } from '#lib/server/web/translate.ts';
import { parisDate } from '#lib/paris-time.ts';
import { parseReportPeriod } from '#lib/validation/reports.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const networkId = currentNetworkId(event.locals);
		const period = parseReportPeriod(event.url, parisDate(now()));
		if (!period.ok) {
			// A bad period shows the form with its messages, to coordinators only.
			requireCoordinator(event.locals.actor, networkId);
			const errors = Object.fromEntries(Object.entries(period.errors).map(([k, code]) => [k, validationText(code)]));
			return { values: period.values, errors, report: null };
		}
		const report = await eventsReport({ actor: event.locals.actor, networkId, from: period.from, to: period.to });
		return { values: { du: period.from, au: period.to }, errors: {} as Record<string, string>, report };
	});
