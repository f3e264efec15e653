import { addTheme, archiveTheme, renameTheme } from '#lib/server/skills/manage-themes.ts';
import { listThemes } from '#lib/server/skills/list-themes.ts';
import { requireCoordinator } from '#lib/server/auth/policies.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { archiveThemeInput, renameThemeInput, themeNameInput } from '#lib/validation/profiles.ts';
import type { RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

const scope = (event: RequestEvent) => ({ actor: event.locals.actor, networkId: currentNetworkId(event.locals) });

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { actor, networkId } = scope(event);
		requireCoordinator(actor, networkId);
		return { themes: await listThemes({ actor, networkId, includeArchived: true }) };
	});

export const actions: Actions = {
	add: (event) =>
		handleForm(event, themeNameInput, async (input) => {
			await addTheme({ ...scope(event), ...input });
			return { done: 'added' as const };
		}),
	rename: (event) =>
		handleForm(event, renameThemeInput, async (input) => {
			await renameTheme({ ...scope(event), ...input });
			return { done: 'renamed' as const };
		}),
	archive: (event) =>
		handleForm(event, archiveThemeInput, async (input) => {
			await archiveTheme({ ...scope(event), ...input });
			return { done: input.archived ? ('archived' as const) : ('restored' as const) };
		})
};
