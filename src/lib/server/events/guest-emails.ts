// The emails of a guest registration (decision 024), in the language the guest used: the link to confirm, and
// each later notice with the link to their own page (where they confirm an offered place or cancel).
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '../accounts/locale.ts';
import { composeEmail, type Composed } from '../email/compose.ts';
import { noticeEmail } from '../notifications/emails.ts';

export function guestLinkEmail(p: {
	locale: Locale;
	name: string;
	network: string;
	title: string;
	when: string;
	url: string;
}): Composed {
	const o = { locale: p.locale };
	return composeEmail({
		lang: p.locale,
		subject: m.evt_guest_link_subject({ title: p.title }, o),
		greeting: m.email_greeting({ name: p.name }, o),
		paragraphs: [
			m.evt_guest_link_body({ title: p.title, when: p.when, network: p.network }, o),
			m.evt_guest_email_why({ network: p.network }, o),
			m.email_ignore({}, o)
		],
		action: { label: m.evt_guest_link_action({}, o), url: p.url },
		footer: m.email_footer({}, o),
		// The guest's own page: whoever has it confirms or cancels the place.
		holdsSecretLink: true
	});
}

export function guestNoticeEmail(p: {
	locale: Locale;
	name: string;
	network: string;
	sentence: string;
	url: string;
}): Composed {
	const o = { locale: p.locale };
	return noticeEmail({
		...p,
		why: [m.evt_guest_email_why({ network: p.network }, o)],
		action: m.evt_guest_notice_action({}, o),
		holdsSecretLink: true
	});
}
