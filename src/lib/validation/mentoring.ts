// Outside mentoring (decision 036): the invitation, the mentor's profile, a request, a pair's answers, the thread,
// a session and the closing review. Error messages are codes translated at the edge (`invalid_<code>`).
import { z } from 'zod';
import { linkText } from './queries.ts';
import {
	MAX_LENGTH,
	MENTOR_MAX_HOURS_PER_MONTH,
	MENTOR_MAX_SKILLS,
	MENTORING_MAX_MONTHS,
	MENTORING_SESSION_MAX_MINUTES,
	MENTORING_SESSION_MIN_MINUTES
} from '../limits.ts';
import { MENTORING_FORMATS } from '../mentoring-options.ts';
import { fromLocalInput } from '../paris-time.ts';
import { email, idList, longText, password, personName, shortText, text, typedDay, wholeNumber } from './fields.ts';

const format = z.enum(MENTORING_FORMATS, { error: 'unknown_choice' });

/** A coordinator invites a mentor, optionally from a partner organisation. */
export const mentorInvitationInput = z.object({
	name: personName,
	email,
	partnerId: z
		.string()
		.default('')
		.transform((v) => v.trim())
		.pipe(z.union([z.literal(''), z.uuid({ error: 'unknown_choice' })]))
});
export type MentorInvitationInput = z.output<typeof mentorInvitationInput>;

/** A new account made from the invitation link: the address is the invitation's. */
export const mentorAccountInput = z.object({ name: personName, password });

export const mentorProfileInput = z.object({
	skillIds: idList(MENTOR_MAX_SKILLS),
	hoursPerMonth: wholeNumber({ min: 1, max: MENTOR_MAX_HOURS_PER_MONTH }, 'mentor_hours'),
	format,
	presentation: longText(MAX_LENGTH.mentorPresentation)
});
export type MentorProfileInput = z.output<typeof mentorProfileInput>;

/** A member asks for a mentor; a coordinator's form adds the member. */
export const mentoringRequestInput = z.object({
	skillId: z.uuid({ error: 'mentoring_skill_required' }),
	goal: text(MAX_LENGTH.mentoringGoal).refine((v) => !/[<>]/.test(v), { error: 'no_markup' }),
	format,
	months: wholeNumber({ min: 1, max: MENTORING_MAX_MONTHS }, 'mentoring_months')
});
export type MentoringRequestInput = z.output<typeof mentoringRequestInput>;

export const coordinatorRequestInput = mentoringRequestInput.extend({
	memberId: z.uuid({ error: 'mentoring_member_required' })
});

/** A request picked in a list (the member withdraws it). */
export const mentoringRequestIdInput = z.object({ requestId: z.uuid({ error: 'unknown_choice' }) });

/** The coordinator proposes this mentor for the request. */
export const proposePairInput = z.object({ mentorId: z.uuid({ error: 'unknown_choice' }) });

/** Accept, or decline with a reason (required when declining). */
export const declinePairInput = z.object({ reason: shortText(MAX_LENGTH.mentoringDeclineReason) });

export const mentoringMessageInput = z.object({ body: text(MAX_LENGTH.mentoringMessage) });

/** A Paris calendar day (aaaa-mm-jj, or jj/mm/aaaa typed in a plain box). */
const day = z
	.string({ error: 'required' })
	.trim()
	.min(1, { error: 'required' })
	.max(40, { error: 'mentoring_date' })
	.transform(typedDay)
	.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && fromLocalInput(`${v}T12:00`) !== undefined, {
		error: 'mentoring_date'
	});

export const mentoringSessionInput = z.object({
	heldOn: day,
	minutes: wholeNumber({ min: MENTORING_SESSION_MIN_MINUTES, max: MENTORING_SESSION_MAX_MINUTES }, 'mentoring_minutes'),
	note: longText(MAX_LENGTH.mentoringSessionNote)
});
export type MentoringSessionInput = z.output<typeof mentoringSessionInput>;

export const mentoringReviewInput = z.object({
	helped: wholeNumber({ min: 1, max: 4 }, 'mentoring_helped'),
	sentence: shortText(MAX_LENGTH.mentoringReview)
});

/** The coordinators' request form prefilled from the unmet needs: `?competence=<skillId>&besoin=<text>`. */
export const coordinatorRequestQuery = z.object({
	competence: z.uuid().optional().catch(undefined),
	besoin: linkText(MAX_LENGTH.mentoringGoal),
	membre: z.uuid().optional().catch(undefined),
	qui: linkText(MAX_LENGTH.personName)
});
