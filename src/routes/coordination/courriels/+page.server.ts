import { listWaitingLinks } from '#lib/server/email/list-waiting-links.ts';
import { showWaitingLink } from '#lib/server/email/show-waiting-link.ts';
import { WAITING_LINK_MINUTES } from '#lib/server/email/waiting-links.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { waitingLinkInput } from '#lib/validation/emails.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ ...(await listWaitingLinks(scopeOf(event))), minutes: WAITING_LINK_MINUTES }));

// Showing is a POST, not a page of its own: a link preloaded on hover or opened again from the history would
// write the journal without anyone reading it.
export const actions: Actions = {
	default: (event) =>
		handleForm(event, waitingLinkInput, async (input) => ({
			shown: await showWaitingLink({ ...scopeOf(event), emailId: input.emailId })
		}))
};
