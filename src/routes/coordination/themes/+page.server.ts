import { listThemes } from '#lib/server/skills/list-themes.ts';
import { addTheme, archiveTheme, renameTheme } from '#lib/server/skills/manage-themes.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { archiveThemeInput, renameThemeInput, themeNameInput } from '#lib/validation/profiles.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ themes: await listThemes({ ...scopeOf(event), includeArchived: true }) }));

export const actions: Actions = {
	add: (event) =>
		handleForm(event, themeNameInput, async (input) => {
			await addTheme({ ...scopeOf(event), ...input });
			return { done: 'added' as const };
		}),
	rename: (event) =>
		handleForm(event, renameThemeInput, async (input) => {
			await renameTheme({ ...scopeOf(event), ...input });
			return { done: 'renamed' as const };
		}),
	archive: (event) =>
		handleForm(event, archiveThemeInput, async (input) => {
			await archiveTheme({ ...scopeOf(event), ...input });
			return { done: input.archived ? ('archived' as const) : ('restored' as const) };
		})
};
