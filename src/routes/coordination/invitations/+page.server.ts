import { createInvitationLink } from '#lib/server/invitations/create-invitation-link.ts';
import { listInvitationLinks } from '#lib/server/invitations/list-invitation-links.ts';
import { listThemes } from '#lib/server/skills/list-themes.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { invitationLinkInput } from '#lib/validation/invitations.ts';
import type { Actions, PageServerLoad } from './$types';

// The network's invitation links with their counts, and the form to make one (decision 039).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		links: await listInvitationLinks(scopeOf(event, 'coordinator')),
		themes: await listThemes(scopeOf(event, 'coordinator')),
		origin: event.url.origin
	}));

export const actions: Actions = {
	create: (event) =>
		handleForm(event, invitationLinkInput, async (input) => {
			await createInvitationLink({ ...scopeOf(event), ...input });
			return { created: true };
		})
};
