// The emails the foundation sends, in the recipient's language.
import { m } from '#lib/paraglide/messages.js';
import { formatParis } from '../../paris-time.ts';
import { composeEmail, type Composed } from './compose.ts';

type Locale = 'fr' | 'en';
const opts = (locale: Locale) => ({ locale });

function footer(locale: Locale) {
	return m.email_footer({}, opts(locale));
}

export function passwordResetEmail(p: { locale: Locale; name: string; url: string; minutes: number }): Composed {
	return composeEmail({
		lang: p.locale,
		subject: m.email_reset_subject({}, opts(p.locale)),
		greeting: m.email_greeting({ name: p.name }, opts(p.locale)),
		paragraphs: [m.email_reset_body({ minutes: p.minutes }, opts(p.locale)), m.email_ignore({}, opts(p.locale))],
		action: { label: m.email_reset_action({}, opts(p.locale)), url: p.url },
		footer: footer(p.locale),
		holdsSecretLink: true
	});
}

export function magicLinkEmail(p: { locale: Locale; name: string; url: string; minutes: number }): Composed {
	return composeEmail({
		lang: p.locale,
		subject: m.email_magic_subject({}, opts(p.locale)),
		greeting: m.email_greeting({ name: p.name }, opts(p.locale)),
		paragraphs: [m.email_magic_body({ minutes: p.minutes }, opts(p.locale)), m.email_ignore({}, opts(p.locale))],
		action: { label: m.email_magic_action({}, opts(p.locale)), url: p.url },
		footer: footer(p.locale),
		holdsSecretLink: true
	});
}

export function membershipApprovedEmail(p: { locale: Locale; name: string; network: string; url: string }): Composed {
	return composeEmail({
		lang: p.locale,
		subject: m.email_approved_subject({ network: p.network }, opts(p.locale)),
		greeting: m.email_greeting({ name: p.name }, opts(p.locale)),
		paragraphs: [m.email_approved_body({ network: p.network }, opts(p.locale))],
		action: { label: m.email_approved_action({}, opts(p.locale)), url: p.url },
		footer: footer(p.locale),
		holdsSecretLink: false
	});
}

export function membershipRequestEmail(p: {
	locale: Locale;
	name: string;
	applicant: string;
	network: string;
	url: string;
}): Composed {
	return composeEmail({
		lang: p.locale,
		subject: m.email_request_subject({ network: p.network }, opts(p.locale)),
		greeting: m.email_greeting({ name: p.name }, opts(p.locale)),
		paragraphs: [m.email_request_body({ applicant: p.applicant, network: p.network }, opts(p.locale))],
		action: { label: m.email_request_action({}, opts(p.locale)), url: p.url },
		footer: footer(p.locale),
		holdsSecretLink: false
	});
}

/** Sent 7 days before a post expires; the button leads to the one-click « prolonger » page. */
export function postExpiringEmail(p: {
	locale: Locale;
	name: string;
	title: string;
	network: string;
	expiresAt: Date;
	url: string;
}): Composed {
	const date = formatParis(p.expiresAt, p.locale, 'dateFull');
	return composeEmail({
		lang: p.locale,
		subject: m.post_email_expiring_subject({ title: p.title }, opts(p.locale)),
		greeting: m.email_greeting({ name: p.name }, opts(p.locale)),
		paragraphs: [
			m.post_email_expiring_body({ title: p.title, network: p.network, date }, opts(p.locale)),
			m.post_email_expiring_help({}, opts(p.locale))
		],
		action: { label: m.post_email_expiring_action({}, opts(p.locale)), url: p.url },
		footer: footer(p.locale),
		holdsSecretLink: false
	});
}
