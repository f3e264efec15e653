// The emails of a guest who answered a poll (decision 037), in the language they used: their private link to
// change the answer, and later the chosen date (with the link to the poll's page and its calendar file).
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '../accounts/locale.ts';
import { backgroundOrigin } from '../config.ts';
import { composeEmail, type Composed } from '../email/compose.ts';
import { noticeEmail } from '../notifications/emails.ts';

/** A guest's private page: whoever has it changes their answer. */
export function guestEditUrl(secret: string, origin = backgroundOrigin()): string {
	return `${origin}/sondages/lien/reponse/${secret}`;
}

/** The poll's public page (its link): the chosen date and « Ajouter à mon agenda » once finalised. */
export function pollLinkUrl(token: string, origin = backgroundOrigin()): string {
	return `${origin}/sondages/lien/${token}`;
}

export function pollGuestLinkEmail(p: {
	locale: Locale;
	name: string;
	network: string;
	title: string;
	url: string;
}): Composed {
	const o = { locale: p.locale };
	return composeEmail({
		lang: p.locale,
		subject: m.poll_guest_link_subject({ title: p.title }, o),
		greeting: m.email_greeting({ name: p.name }, o),
		paragraphs: [m.poll_guest_link_body({ title: p.title, network: p.network }, o), m.email_ignore({}, o)],
		action: { label: m.poll_guest_link_action({}, o), url: p.url },
		footer: m.email_footer({}, o),
		holdsSecretLink: true
	});
}

export function pollGuestNoticeEmail(p: {
	locale: Locale;
	name: string;
	network: string;
	sentence: string;
	url: string;
}): Composed {
	const o = { locale: p.locale };
	return noticeEmail({
		...p,
		why: [m.poll_guest_email_why({ network: p.network }, o)],
		action: m.poll_guest_notice_action({}, o),
		holdsSecretLink: true
	});
}
