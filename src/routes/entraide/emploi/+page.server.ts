import { z } from 'zod';
import { joinJobCircle, openJobCircle } from '#lib/server/job-circle/circle.ts';
import { jobCirclePage } from '#lib/server/job-circle/circle-page.ts';
import { saveCheckin } from '#lib/server/job-circle/checkins.ts';
import { addJobLead, markJobLead } from '#lib/server/job-circle/leads.ts';
import { foundJob, startJobSearch, stopJobSearch } from '#lib/server/job-circle/seeking.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { checkinInput, foundInput, leadInput, leadMarkInput } from '#lib/validation/job-circle.ts';
import type { Actions, PageServerLoad } from './$types';

// The job circle (decision 031): check-ins, leads, who is looking for work, the member's own status.
export const load: PageServerLoad = (event) => guard(event, () => jobCirclePage(scopeOf(event)));

export const actions: Actions = {
	join: (event) =>
		handleForm(event, z.object({}), async () => {
			await joinJobCircle(scopeOf(event));
			return { joined: true as const };
		}),
	open: (event) =>
		handleForm(event, z.object({}), async () => {
			await openJobCircle(scopeOf(event));
			return { opened: true as const };
		}),
	seeking: (event) =>
		handleForm(event, z.object({}), async () => {
			await startJobSearch(scopeOf(event));
			return { seeking: true as const };
		}),
	found: (event) =>
		handleForm(event, foundInput, async (input) => {
			await foundJob({ ...scopeOf(event), celebrate: input.celebrate });
			return { found: true as const };
		}),
	stop: (event) =>
		handleForm(event, z.object({}), async () => {
			await stopJobSearch(scopeOf(event));
			return { stopped: true as const };
		}),
	checkin: (event) =>
		handleForm(event, checkinInput, async (input) => {
			await saveCheckin({ ...scopeOf(event), ...input });
			return { checkinSaved: true as const };
		}),
	lead: (event) =>
		handleForm(event, leadInput, async (input) => {
			await addJobLead({ ...scopeOf(event), ...input });
			return { leadAdded: true as const };
		}),
	mark: (event) =>
		handleForm(event, leadMarkInput, async (input) => {
			await markJobLead({ ...scopeOf(event), ...input });
			return { marked: true as const };
		})
};
