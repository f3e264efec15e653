import { redirect } from '@sveltejs/kit';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { m } from '#lib/paraglide/messages.js';
import { config } from '#lib/server/config.ts';
import { startNotifications } from '#lib/server/db/notifications.ts';
import { openDatabase } from '#lib/server/db/open.ts';
import { stopBackgroundWork } from '#lib/server/jobs/background.ts';
import { startWorker } from '#lib/server/jobs/worker.ts';
import { SESSION_COOKIE } from '#lib/server/auth/sessions.ts';
import { isSetupDone } from '#lib/server/setup/set-up-instance.ts';
import { requestContext } from '#lib/server/web/current-network.ts';
import { securityHeaders } from '#lib/server/web/security-headers.ts';

export const init: ServerInit = async () => {
	const connection = await openDatabase(config());
	// Live messages from every app process (LISTEN/NOTIFY on a server): one listener, opened on the first stream.
	startNotifications(config(), connection);
	// `vite dev` runs init again after an edit, in the same process: the previous worker stops first (one per process).
	await stopBackgroundWork();
	startWorker();
};

const i18n: Handle = ({ event, resolve }) =>
	// The locale comes from the cookie (or French); the request is not rewritten since URLs are not localised.
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) })
	);

const session: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	// One query: session, account, memberships and the current network (current-network.ts); for a GET, also
	// the layout's unread badges (a form action may change them before the page is drawn: the layout counts then).
	const method = event.request.method;
	const { actor, network, unread, suspendedNetworks } = await requestContext(token, {
		unread: method === 'GET' || method === 'HEAD'
	});
	event.locals.actor = actor;
	event.locals.network = network;
	event.locals.unread = unread;
	event.locals.suspendedNetworks = suspendedNetworks;
	if (token && !actor) event.cookies.delete(SESSION_COOKIE, { path: '/' });
	return resolve(event);
};

// Until the instance is set up, every page leads to the setup page. Once done, it stays done.
let setupDone = false;
const setupGuard: Handle = async ({ event, resolve }) => {
	if (!setupDone) setupDone = await isSetupDone();
	if (!setupDone && event.url.pathname !== '/installation') redirect(303, '/installation');
	return resolve(event);
};

// Pages are never cached by shared caches: they depend on the session.
const noStore: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (response.headers.get('content-type')?.startsWith('text/html')) {
		response.headers.set('cache-control', 'private, no-store');
		response.headers.set('x-content-type-options', 'nosniff');
		response.headers.set('referrer-policy', 'same-origin');
	}
	return response;
};

// securityHeaders first: it sees every response the others make (frame protection, HSTS; decision 012).
export const handle = sequence(securityHeaders, i18n, setupGuard, session, noStore);

// Errors raised with error(status, text) keep their translated text; SvelteKit's own (404…) and
// unexpected ones get a sentence in the person's language. Unexpected ones are logged.
export const handleError: HandleServerError = (caught) => {
	if (caught.kind === 'app') return;
	if (caught.kind === 'framework' || caught.kind === 'validation') {
		return { message: caught.error.status === 404 ? m.error_not_found() : m.error_invalid_input() };
	}
	console.error(caught.error);
	return { message: m.error_unexpected() };
};
