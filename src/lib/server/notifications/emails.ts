// The emails of the notification centre: one notification at once, or the daily digest.
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '../accounts/locale.ts';
import { composeEmail, type Composed } from '../email/compose.ts';

type Notice = { locale: Locale; name: string; network: string; sentence: string; url: string };

/** One notice by email: the sentence as subject and first paragraph, then why it came, and a button. */
export function noticeEmail(p: Notice & { why: string[]; action: string; holdsSecretLink: boolean }): Composed {
	return composeEmail({
		lang: p.locale,
		subject: `${p.sentence} — ${p.network}`,
		greeting: m.email_greeting({ name: p.name }, { locale: p.locale }),
		paragraphs: [p.sentence, ...p.why],
		action: { label: p.action, url: p.url },
		footer: m.email_footer({}, { locale: p.locale }),
		holdsSecretLink: p.holdsSecretLink
	});
}

export function notificationEmail(p: Notice): Composed {
	const o = { locale: p.locale };
	return noticeEmail({
		...p,
		why: [m.notif_email_from({ network: p.network }, o), m.notif_email_preferences({}, o)],
		action: m.notif_email_action({}, o),
		// A page of the app, behind the log-in.
		holdsSecretLink: false
	});
}

export function digestEmail(p: {
	locale: Locale;
	name: string;
	network: string;
	sentences: string[];
	url: string;
}): Composed {
	const o = { locale: p.locale };
	return composeEmail({
		lang: p.locale,
		subject: m.notif_digest_subject({ network: p.network }, o),
		greeting: m.email_greeting({ name: p.name }, o),
		paragraphs: [
			m.notif_digest_intro({ network: p.network }, o),
			...p.sentences.map((s) => `• ${s}`),
			m.notif_email_preferences({}, o)
		],
		action: { label: m.notif_digest_action({}, o), url: p.url },
		footer: m.email_footer({}, o),
		holdsSecretLink: false
	});
}
