// Partner organisations (decision 035): the partner's card, a contact, an agreement, a referral and its steps.
// Error messages are codes translated at the edge (`invalid_<code>`). Dates are Paris calendar days (aaaa-mm-jj,
// or jj/mm/aaaa where the browser shows a plain text box).
import { z } from 'zod';
import { linkText } from './queries.ts';
import { MAX_LENGTH, PARTNER_MAX_SKILLS } from '../limits.ts';
import { fromLocalInput } from '../paris-time.ts';
import { AGREEMENT_STATUSES, PARTNER_KINDS, PARTNER_OFFERS, REFERRAL_STATUSES } from '../partner-options.ts';
import { choices, email, idList, longText, shortText, text, typedDay, whenValid } from './fields.ts';

/** A web address (http or https) or nothing: `javascript:`, `data:` or a bare word are refused. */
const website = text(MAX_LENGTH.partnerWebsite, { optional: true })
	.default('')
	.refine((v) => v === '' || /^https?:\/\/[^\s<>"]+$/i.test(v), { error: 'partner_website' });

/**
 * Skill names typed on one line, separated by commas (« retouches, ourlets »): trimmed, empty ones dropped,
 * repeats (up to case) removed, each a short name.
 */
const skillNames = text(MAX_LENGTH.partnerSkillNames, { optional: true })
	.default('')
	.refine((v) => !/[<>]/.test(v), { error: 'no_markup' })
	.transform((v) => {
		const seen = new Set<string>();
		return v
			.split(/[,\n]/)
			.map((name) => name.trim())
			.filter((name) => name !== '' && !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
	})
	.refine((names) => names.length <= PARTNER_MAX_SKILLS, { error: 'too_many', params: { max: PARTNER_MAX_SKILLS } })
	.refine((names) => names.every((name) => name.length <= MAX_LENGTH.skillName), {
		error: 'partner_skill_long',
		params: { max: MAX_LENGTH.skillName }
	});

export const partnerInput = z.object({
	name: shortText(MAX_LENGTH.partnerName),
	kind: z.enum(PARTNER_KINDS, { error: 'unknown_choice' }),
	description: longText(MAX_LENGTH.partnerDescription),
	address: longText(MAX_LENGTH.partnerAddress),
	website,
	themeIds: idList(50, 0),
	skillNames,
	offers: choices(PARTNER_OFFERS)
});
export type PartnerInput = z.output<typeof partnerInput>;

/** A partner picked in a list (archive, bring back). */
export const partnerIdInput = z.object({ partnerId: z.uuid({ error: 'unknown_choice' }) });

export const contactInput = z.object({
	name: shortText(MAX_LENGTH.partnerContactName),
	role: longText(MAX_LENGTH.partnerContactRole),
	// Optional: a contact may be reached by phone only.
	email: z.union([z.literal('').transform(() => ''), email]).default(''),
	phone: longText(MAX_LENGTH.partnerContactPhone).refine((v) => /^[\d\s+().-]*$/.test(v), {
		error: 'partner_phone'
	})
});
export type ContactInput = z.output<typeof contactInput>;

export const contactIdInput = z.object({ contactId: z.uuid({ error: 'unknown_choice' }) });

/** A contact's edit form: the same fields, for the contact picked. */
export const contactUpdateInput = contactInput.extend(contactIdInput.shape);

/** A Paris calendar day « 2027-06-30 » (required). */
const day = z
	.string({ error: 'required' })
	.trim()
	.min(1, { error: 'required' })
	.max(40, { error: 'partner_date' })
	.transform(typedDay)
	.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && fromLocalInput(`${v}T12:00`) !== undefined, {
		error: 'partner_date'
	});

export const agreementInput = z
	.object({
		title: shortText(MAX_LENGTH.agreementTitle),
		startsOn: day,
		endsOn: day,
		status: z.enum(AGREEMENT_STATUSES, { error: 'unknown_choice' })
	})
	.superRefine(
		(value, ctx) => {
			if (value.endsOn <= value.startsOn) {
				ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'agreement_end_before_start' });
			}
		},
		whenValid('startsOn', 'endsOn')
	);
export type AgreementInput = z.output<typeof agreementInput>;

export const agreementIdInput = z.object({ agreementId: z.uuid({ error: 'unknown_choice' }) });

export const referralInput = z.object({
	partnerId: z.uuid({ error: 'unknown_choice' }),
	accountId: z.uuid({ error: 'referral_member_required' }),
	need: text(MAX_LENGTH.referralNeed).refine((v) => !/[<>]/.test(v), { error: 'no_markup' }),
	// Optional: the member's post the need comes from.
	postId: z
		.string()
		.trim()
		.default('')
		.pipe(z.union([z.literal(''), z.uuid({ error: 'unknown_choice' })]))
		.transform((v) => (v === '' ? null : v)),
	// « La personne est d'accord »: required, a referral is never written without it.
	consent: z
		.string({ error: 'referral_consent' })
		.refine((v) => v !== '', { error: 'referral_consent' })
		.transform((v) => v !== '')
});
export type ReferralInput = z.output<typeof referralInput>;

/** Moving a referral on: the step asked for (a double click asks for the same step twice, and changes nothing). */
export const referralStepInput = z.object({
	referralId: z.uuid({ error: 'unknown_choice' }),
	status: z.enum(REFERRAL_STATUSES, { error: 'unknown_choice' })
});

/**
 * The referral form's address: `?partenaire=<id>` from a partner's page, `?besoin=<text>` from the unmet needs,
 * `?membre=<id>&annonce=<id>` from a member's request. A value that makes no sense is dropped.
 */
export const referralQuery = z.object({
	partenaire: z.uuid().optional().catch(undefined),
	membre: z.uuid().optional().catch(undefined),
	annonce: z.uuid().optional().catch(undefined),
	besoin: linkText(MAX_LENGTH.referralNeed),
	// A part of a name, to find the person in a big network.
	qui: linkText(MAX_LENGTH.personName)
});
