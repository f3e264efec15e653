import { now } from '#lib/server/clock.ts';
import { eventsReport } from '#lib/server/events/events-report.ts';
import { spaceReport } from '#lib/server/space/space-report.ts';
import { guard } from '#lib/server/web/guard.ts';
import { readQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { parisDate } from '#lib/paris-time.ts';
import { reportQuery } from '#lib/validation/reports.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		// The period's form is shown to coordinators only, even with its sentences (eventsReport checks again).
		const scope = scopeOf(event, 'coordinator');
		const period = readQuery(event, reportQuery(parisDate(now())));
		if (!period.ok)
			return {
				values: { du: period.values.du ?? '', au: period.values.au ?? '' },
				errors: period.errors,
				report: null,
				space: null
			};
		const { du, au } = period.data;
		const [report, space] = await Promise.all([
			eventsReport({ ...scope, from: du, to: au }),
			spaceReport({ ...scope, from: du, to: au })
		]);
		return { values: { du, au }, errors: {} as Record<string, string>, report, space };
	});
