// The job circle's forms (decision 031): the weekly check-in, a job lead, the marks on a lead, « je cherche un
// emploi » and « j'ai trouvé ! », and a request for job-search help. Error messages are codes translated at the
// edge (`invalid_<code>`). A check-in's interview is a Paris wall-clock time (`datetime-local`); a lead's closing
// date a Paris calendar day (aaaa-mm-jj, or jj/mm/aaaa where the browser shows a plain text box).
import { z } from 'zod';
import { JOB_CONTRACTS, JOB_HELP_KINDS, LEAD_MARKS } from '../job-circle-options.ts';
import { MAX_LENGTH } from '../limits.ts';
import { fromLocalInput } from '../paris-time.ts';
import { longText, shortText, text, typedDay, whenValid } from './fields.ts';

// A checkbox: present (« on ») when ticked, absent otherwise.
const ticked = z
	.string()
	.optional()
	.transform((v) => v !== undefined && v !== '');

/** An optional `datetime-local` value read as Paris wall-clock time; null when empty. */
const optionalMoment = z
	.string({ error: 'job_date' })
	.trim()
	.max(40, { error: 'job_date' })
	.default('')
	.refine((v) => v === '' || fromLocalInput(v) !== undefined, { error: 'job_date' })
	.transform((v) => (v === '' ? null : fromLocalInput(v)!));

export const checkinInput = z
	.object({
		done: longText(MAX_LENGTH.checkinText),
		need: longText(MAX_LENGTH.checkinText),
		interviewAt: optionalMoment
	})
	.superRefine(
		(value, ctx) => {
			if (value.done === '' && value.need === '' && value.interviewAt === null) {
				ctx.addIssue({ code: 'custom', path: ['done'], message: 'job_checkin_empty' });
			}
		},
		whenValid('done', 'need', 'interviewAt')
	);
export type CheckinInput = z.output<typeof checkinInput>;

/** A web address (http or https) or nothing: `javascript:`, `data:` or a bare word are refused. */
const link = text(MAX_LENGTH.jobLeadUrl, { optional: true })
	.default('')
	.refine((v) => v === '' || /^https?:\/\/[^\s<>"]+$/i.test(v), { error: 'job_link' });

/** A Paris calendar day « 2027-06-30 » (required). Whether it is past is the domain's check (it knows today). */
const day = z
	.string({ error: 'job_day' })
	.trim()
	.max(40, { error: 'job_day' })
	.transform(typedDay)
	.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && fromLocalInput(`${v}T12:00`) !== undefined, { error: 'job_day' });

export const leadInput = z.object({
	title: shortText(MAX_LENGTH.jobLeadTitle),
	employer: longText(MAX_LENGTH.jobLeadEmployer).refine((v) => !/[\r\n]/.test(v), { error: 'control_characters' }),
	place: longText(MAX_LENGTH.jobLeadPlace).refine((v) => !/[\r\n]/.test(v), { error: 'control_characters' }),
	contract: z.enum(JOB_CONTRACTS, { error: 'unknown_choice' }),
	url: link,
	closesOn: day
});
export type LeadInput = z.output<typeof leadInput>;

/** A mark on a lead: the state the member asks for, so a double click marks once instead of undoing itself. */
export const leadMarkInput = z.object({
	leadId: z.uuid({ error: 'unknown_choice' }),
	mark: z.enum(LEAD_MARKS, { error: 'unknown_choice' }),
	on: z.enum(['oui', 'non'], { error: 'unknown_choice' }).transform((v) => v === 'oui')
});

/** « J'ai trouvé ! », with the member's agreement (or not) that the circle celebrates it. */
export const foundInput = z.object({ celebrate: ticked });

export const jobHelpInput = z.object({
	helpKind: z.enum(JOB_HELP_KINDS, { error: 'unknown_choice' }),
	description: longText(MAX_LENGTH.postDescription)
});
export type JobHelpInput = z.output<typeof jobHelpInput>;
