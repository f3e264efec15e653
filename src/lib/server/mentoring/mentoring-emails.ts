// The emails of outside mentoring (decision 036), in the recipient's language.
import { m } from '#lib/paraglide/messages.js';
import { composeEmail, type Composed } from '../email/compose.ts';

type Locale = 'fr' | 'en';

/** The invitation: a single-use link to accept and fill one's profile. */
export function mentorInvitationEmail(p: {
	locale: Locale;
	name: string;
	network: string;
	partner: string | null;
	url: string;
	days: number;
}): Composed {
	const o = { locale: p.locale };
	return composeEmail({
		lang: p.locale,
		subject: m.mentor_email_invite_subject({ network: p.network }, o),
		greeting: m.email_greeting({ name: p.name }, o),
		paragraphs: [
			p.partner
				? m.mentor_email_invite_body_partner({ network: p.network, partner: p.partner }, o)
				: m.mentor_email_invite_body({ network: p.network }, o),
			m.mentor_email_invite_limits({}, o),
			m.mentor_email_invite_validity({ days: String(p.days) }, o)
		],
		action: { label: m.mentor_email_invite_action({}, o), url: p.url },
		footer: m.email_footer({}, o),
		holdsSecretLink: true
	});
}

/** A coordinator proposed a pair: each side is asked to answer on the pair's page (no secret in the link). */
export function pairProposedEmail(p: {
	locale: Locale;
	name: string;
	skill: string;
	other: string;
	url: string;
}): Composed {
	const o = { locale: p.locale };
	return composeEmail({
		lang: p.locale,
		subject: m.mentoring_email_proposed_subject({ skill: p.skill }, o),
		greeting: m.email_greeting({ name: p.name }, o),
		paragraphs: [m.mentoring_email_proposed_body({ skill: p.skill, other: p.other }, o)],
		action: { label: m.mentoring_email_proposed_action({}, o), url: p.url },
		footer: m.email_footer({}, o),
		holdsSecretLink: false
	});
}
