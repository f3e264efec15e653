import { error, redirect } from '@sveltejs/kit';
import { setAccountLocale } from '#lib/server/accounts/update-account.ts';
import { readForm, unreadableFormText } from '#lib/server/web/form.ts';
import { guard, nextPath } from '#lib/server/web/guard.ts';
import { actorOf } from '#lib/server/web/scope.ts';
import { setLocaleCookie } from '#lib/server/web/session-cookie.ts';
import { localeInput } from '#lib/validation/accounts.ts';
import type { Actions, PageServerLoad } from './$types';

// The footer's one link leads here (decision 028): the choice is a page of its own, not a form on every page.
export const load: PageServerLoad = (event) => guard(event, async () => ({ suite: nextPath(event.url) }));

// The language page's buttons: the form has no page of its own to show a form's sentence on (handleForm's answer), so
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
