import { listFamiliesHours } from '#lib/server/childcare/care-hours.ts';
import { listCarers } from '#lib/server/childcare/list-carers.ts';
import { recordCarerMeeting } from '#lib/server/childcare/record-meeting.ts';
import { restoreCarer, suspendCarer } from '#lib/server/childcare/set-carer-status.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { carerIdInput, carerMeetingInput, carerSuspendInput } from '#lib/validation/childcare.ts';
import type { Actions, PageServerLoad } from './$types';

// The coordinators' childcare page: trusted carers (record a meeting, suspend, restore, history) and each
// family's hours given and received (decision 032).
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = scopeOf(event, 'coordinator');
		return { carers: await listCarers(scope), hours: await listFamiliesHours(scope) };
	});

export const actions: Actions = {
	meet: (event) =>
		handleForm(event, carerMeetingInput, async (input) => {
			await recordCarerMeeting({ ...scopeOf(event), ...input });
			return { met: true };
		}),
	suspend: (event) =>
		handleForm(event, carerSuspendInput, async (input) => {
			await suspendCarer({ ...scopeOf(event), ...input });
			return { suspended: true };
		}),
	restore: (event) =>
		handleForm(event, carerIdInput, async (input) => {
			await restoreCarer({ ...scopeOf(event), ...input });
			return { restored: true };
		})
};
