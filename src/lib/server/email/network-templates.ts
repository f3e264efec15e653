// The emails of the instance administration (decision 007), in the recipient's language: the first coordinator
// of a network the administrator just created.
import { m } from '#lib/paraglide/messages.js';
import { composeEmail, type Composed } from './compose.ts';

type Locale = 'fr' | 'en';
const opts = (locale: Locale) => ({ locale });

/** A new account: the link sets its first password (a password-reset link that lives a few days). */
export function coordinatorInvitationEmail(p: {
	locale: Locale;
	name: string;
	network: string;
	url: string;
	days: number;
}): Composed {
	return composeEmail({
		lang: p.locale,
		subject: m.adm_net_email_invite_subject({ network: p.network }, opts(p.locale)),
		greeting: m.email_greeting({ name: p.name }, opts(p.locale)),
		paragraphs: [
			m.adm_net_email_invite_body({ network: p.network }, opts(p.locale)),
			m.adm_net_email_invite_validity({ days: String(p.days) }, opts(p.locale))
		],
		action: { label: m.adm_net_email_invite_action({}, opts(p.locale)), url: p.url },
		footer: m.email_footer({}, opts(p.locale)),
		holdsSecretLink: true
	});
}

/** An existing account: told where to find the new network (no secret in the link). */
export function coordinatorAddedEmail(p: { locale: Locale; name: string; network: string; url: string }): Composed {
	return composeEmail({
		lang: p.locale,
		subject: m.adm_net_email_added_subject({ network: p.network }, opts(p.locale)),
		greeting: m.email_greeting({ name: p.name }, opts(p.locale)),
		paragraphs: [m.adm_net_email_added_body({ network: p.network }, opts(p.locale))],
		action: { label: m.adm_net_email_added_action({}, opts(p.locale)), url: p.url },
		footer: m.email_footer({}, opts(p.locale)),
		holdsSecretLink: false
	});
}
