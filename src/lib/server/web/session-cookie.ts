import type { Cookies } from '@sveltejs/kit';
import { cookieName as localeCookie } from '#lib/paraglide/runtime.js';
import { createSession, endSession, SESSION_COOKIE, SESSION_DAYS } from '../auth/sessions.ts';
import { findAccountById } from '../accounts/find-account.ts';

const YEAR = 365 * 24 * 60 * 60;

export function setLocaleCookie(cookies: Cookies, locale: string, secure: boolean): void {
	cookies.set(localeCookie, locale, { path: '/', maxAge: YEAR, sameSite: 'lax', httpOnly: false, secure });
}

/** Opens a session for the account and sets the cookies (session, and the account's language). */
export async function startSession(cookies: Cookies, url: URL, accountId: string, networkId?: string | null) {
	const session = await createSession(accountId, networkId);
	const secure = url.protocol === 'https:';
	cookies.set(SESSION_COOKIE, session.token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: SESSION_DAYS * 24 * 60 * 60
	});
	const account = await findAccountById(accountId);
	if (account) setLocaleCookie(cookies, account.locale, secure);
}

export async function stopSession(cookies: Cookies): Promise<void> {
	const token = cookies.get(SESSION_COOKIE);
	if (token) await endSession(token);
	cookies.delete(SESSION_COOKIE, { path: '/' });
}

/** The session's token, for the domain functions that change this session (choose a network, keep it after a password change). */
export function sessionTokenOf(cookies: Pick<Cookies, 'get'>): string | undefined {
	return cookies.get(SESSION_COOKIE);
}
