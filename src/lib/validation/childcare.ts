// Childcare forms (decision 032): asking for childcare, offering, choosing, saying it happened, and the
// coordinators' forms about trusted carers. Error messages are codes translated at the edge (`invalid_<code>`).
// Whether a slot is in the past is the domain's check: it reads the application clock, which tests move.
import { z } from 'zod';
import { CHILDCARE_MAX_HOURS, MAX_LENGTH, RANGE } from '../limits.ts';
import { fromLocalInput, toLocalInput } from '../paris-time.ts';
import { CARE_AGE_RANGES, CARE_PLACES, CARE_REASONS } from '../childcare-options.ts';
import { choices, longText, shortText, typedDay, wholeNumber, whenValid } from './fields.ts';

const id = z.uuid({ error: 'unknown_choice' });
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'unknown_choice' });
/** A checkbox: present (« on ») when ticked, absent otherwise. */
const ticked = z
	.string()
	.default('')
	.transform((v) => v !== '');

/** « 2026-12-03T10:00 », Paris time, from a `datetime-local` field. */
const when = z
	.string({ error: 'care_when' })
	.trim()
	.max(40, { error: 'care_when' })
	.transform((v, ctx) => {
		const instant = fromLocalInput(v);
		if (!instant) {
			ctx.addIssue({ code: 'custom', message: 'care_when' });
			return z.NEVER;
		}
		return instant;
	});

/** An optional id from a select: '' means none. */
const optionalId = z
	.string()
	.trim()
	.default('')
	.transform((v) => (v === '' ? null : v))
	.pipe(id.nullable());

export const careRequestInput = z
	.object({
		startsAt: when,
		endsAt: when,
		reason: choice(CARE_REASONS),
		children: wholeNumber(RANGE.childcareChildren, 'care_children'),
		ageRanges: choices(CARE_AGE_RANGES).refine((v) => v.length > 0, { error: 'care_ages' }),
		place: choice(CARE_PLACES),
		venueId: optionalId,
		address: longText(MAX_LENGTH.childcareAddress),
		phone: longText(MAX_LENGTH.childcarePhone),
		note: longText(MAX_LENGTH.childcareNote),
		// A coordinator asking for a member without email: who, and « la personne est d'accord ».
		forAccountId: optionalId,
		consent: ticked
	})
	.superRefine(
		(v, ctx) => {
			const hours = (v.endsAt.getTime() - v.startsAt.getTime()) / 3_600_000;
			if (hours <= 0) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'care_order' });
			else if (hours > CHILDCARE_MAX_HOURS)
				ctx.addIssue({
					code: 'custom',
					path: ['endsAt'],
					message: 'care_too_long',
					params: { max: CHILDCARE_MAX_HOURS }
				});
		},
		whenValid('startsAt', 'endsAt')
	)
	.superRefine(
		(v, ctx) => {
			if (v.place === 'venue' && !v.venueId) ctx.addIssue({ code: 'custom', path: ['venueId'], message: 'care_venue' });
			if (v.place === 'parent_home' && v.address === '')
				ctx.addIssue({ code: 'custom', path: ['address'], message: 'care_address' });
		},
		whenValid('place', 'venueId', 'address')
	)
	// A venue chosen for another place is left out, not an error (the select keeps its last value).
	.transform((v) => ({ ...v, venueId: v.place === 'venue' ? v.venueId : null }));
export type CareRequestInput = z.output<typeof careRequestInput>;

/** `?debut=…&fin=…&motif=entretien`: the job circle's link prefills the form. ISO instants or Paris wall clock. */
const prefillWhen = z
	.string()
	.catch('')
	.default('')
	.transform((v) => {
		const local = fromLocalInput(v);
		if (local) return toLocalInput(local);
		const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) ? new Date(v) : null;
		return instant && !Number.isNaN(instant.getTime()) ? toLocalInput(instant) : '';
	});
/** The reason as the link says it, in French (« entretien »), or the code itself. */
const REASON_WORDS: Record<string, (typeof CARE_REASONS)[number]> = {
	entretien: 'interview',
	formation: 'training',
	souffler: 'respite',
	'rendez-vous': 'appointment',
	rdv: 'appointment'
};
export const careRequestQuery = z.object({
	debut: prefillWhen,
	fin: prefillWhen,
	motif: z
		.string()
		.catch('')
		.default('')
		.transform((v) => REASON_WORDS[v] ?? ((CARE_REASONS as readonly string[]).includes(v) ? v : ''))
});

/** A carer's offer: the address (when the children would come to them) and the phone they share once chosen. */
export const careOfferInput = z.object({
	address: longText(MAX_LENGTH.childcareAddress),
	phone: longText(MAX_LENGTH.childcarePhone)
});

export const careChoiceInput = z.object({ carerAccountId: id });

/** A coordinator records meeting a member in person: who, when, and up to two members who vouch. */
export const carerMeetingInput = z.object({
	accountId: id,
	metOn: z
		.string({ error: 'care_met_on' })
		.trim()
		.transform(typedDay)
		.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && fromLocalInput(`${v}T12:00`) !== undefined, {
			error: 'care_met_on'
		}),
	voucher1AccountId: optionalId,
	voucher2AccountId: optionalId
});
export type CarerMeetingInput = z.output<typeof carerMeetingInput>;

export const carerSuspendInput = z.object({
	accountId: id,
	reason: shortText(MAX_LENGTH.carerSuspendReason)
});

export const carerIdInput = z.object({ accountId: id });
