import { redirect } from '@sveltejs/kit';
import { setAccountLocale } from '#lib/server/accounts/update-account.ts';
import { localeInput } from '#lib/validation/accounts.ts';
import { formValues } from '#lib/server/web/form.ts';
import { setLocaleCookie } from '#lib/server/web/session-cookie.ts';
import { nextPath } from '#lib/server/web/guard.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies, locals, url }) => {
		const values = formValues(await request.formData());
		const parsed = localeInput.safeParse(values);
		const back = nextPath(new URL(`?suite=${encodeURIComponent(values.suite ?? '/')}`, url));
		if (!parsed.success) redirect(303, back);
		setLocaleCookie(cookies, parsed.data.locale, url.protocol === 'https:');
		if (locals.actor) await setAccountLocale({ actor: locals.actor, locale: parsed.data.locale });
		redirect(303, back);
	}
};
