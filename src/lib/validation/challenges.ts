// Group challenges (decision 038): the défi, task, décision and meeting-notes forms. Error messages are codes
// translated at the edge (`invalid_<code>`). Days are Paris calendar days (aaaa-mm-jj from a date picker, or
// jj/mm/aaaa typed in a plain text box). Whether a day is already past is the domain's check (it owns the clock).
import { z } from 'zod';
import { MAX_LENGTH, MIN_LENGTH } from '../limits.ts';
import { fromLocalInput } from '../paris-time.ts';
import { longText, shortText, text, typedDay } from './fields.ts';

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && fromLocalInput(`${v}T12:00`) !== undefined;

/** A day that must be given. */
const day = z
	.string({ error: 'required' })
	.trim()
	.min(1, { error: 'required' })
	.max(40, { error: 'challenge_date' })
	.transform(typedDay)
	.refine(isDay, { error: 'challenge_date' });

/** A day or nothing (null). */
const optionalDay = z
	.string()
	.trim()
	.max(40, { error: 'challenge_date' })
	.default('')
	.transform(typedDay)
	.refine((v) => v === '' || isDay(v), { error: 'challenge_date' })
	.transform((v) => (v === '' ? null : v));

export const challengeInput = z.object({
	title: shortText(MAX_LENGTH.challengeTitle).min(MIN_LENGTH.challengeTitle, { error: 'challenge_title_short' }),
	why: longText(MAX_LENGTH.challengeWhy),
	targetOn: day
});

export const taskInput = z.object({ title: shortText(MAX_LENGTH.taskTitle), dueOn: optionalDay });

/** The task a button acts on. */
export const taskChoice = z.object({ taskId: z.uuid({ error: 'unknown_choice' }) });

/** « Fait » / « Pas encore fait »: the state asked for, so a double click does not undo itself. */
export const taskDoneInput = taskChoice.extend({ done: z.enum(['oui', 'non'], { error: 'unknown_choice' }) });

export const decisionInput = z.object({
	body: text(MAX_LENGTH.decisionBody).refine((v) => !/[<>]/.test(v), { error: 'no_markup' }),
	decidedOn: day,
	occurrenceId: z
		.string()
		.trim()
		.default('')
		.refine((v) => v === '' || z.uuid().safeParse(v).success, { error: 'unknown_choice' })
		.transform((v) => (v === '' ? null : v))
});

/** Meeting notes are free text like the group thread: `<` and `>` are kept and always shown as text. */
export const meetingNotesInput = z.object({ body: text(MAX_LENGTH.meetingNotes) });
