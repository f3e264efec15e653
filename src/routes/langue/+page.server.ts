import { error, redirect } from '@sveltejs/kit';
import { setAccountLocale } from '#lib/server/accounts/update-account.ts';
import { localeInput } from '#lib/validation/accounts.ts';
import { readForm, unreadableFormText } from '#lib/server/web/form.ts';
import { setLocaleCookie } from '#lib/server/web/session-cookie.ts';
import { nextPath } from '#lib/server/web/guard.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

// The footer's language switcher: it has no page of its own, so a bad choice just goes back where the person
// was; only a body that is not a form at all gets the error page.
export const actions: Actions = {
	default: async (event) => {
		const { cookies, locals, url } = event;
		const values = await readForm(event);
		if (!values) error(400, unreadableFormText());
		const parsed = localeInput.safeParse(values);
		const back = nextPath(new URL(`?suite=${encodeURIComponent(values.suite ?? '/')}`, url));
		if (!parsed.success) redirect(303, back);
		setLocaleCookie(cookies, parsed.data.locale, url.protocol === 'https:');
		if (locals.actor) await setAccountLocale({ actor: locals.actor, locale: parsed.data.locale });
		redirect(303, back);
	}
};
