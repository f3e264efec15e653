import { error, redirect } from '@sveltejs/kit';
import { setAccountLocale } from '#lib/server/accounts/update-account.ts';
import { readForm, unreadableFormText } from '#lib/server/web/form.ts';
import { guard, nextPath } from '#lib/server/web/guard.ts';
import { actorOf } from '#lib/server/web/scope.ts';
import { setLocaleCookie } from '#lib/server/web/session-cookie.ts';
import { localeInput } from '#lib/validation/accounts.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => guard(event, async () => redirect(303, '/'));

// The footer's language switcher: it has no page of its own to show a form's sentence on (handleForm's answer), so
// a bad choice just goes back where the person was; only a body that is not a form at all gets the error page.
export const actions: Actions = {
	// eslint-disable-next-line entrelien/route-edge -- no page to show handleForm's sentences: see above
	default: async (event) => {
		const { cookies, url } = event;
		const values = await readForm(event);
		if (!values) error(400, unreadableFormText());
		const parsed = localeInput.safeParse(values);
		const back = nextPath(new URL(`?suite=${encodeURIComponent(values.suite ?? '/')}`, url));
		if (!parsed.success) redirect(303, back);
		setLocaleCookie(cookies, parsed.data.locale, url.protocol === 'https:');
		const actor = actorOf(event);
		if (actor) await setAccountLocale({ actor, locale: parsed.data.locale });
		redirect(303, back);
	}
};
