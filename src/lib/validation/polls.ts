// The meeting poll's forms (decision 037): a new poll with its candidate slots, an answer (oui / si besoin / non
// per slot) from a member or a guest, a comment. Slots come as numbered rows of fields (slot1_day, slot1_start,
// slot1_end…): a row whose day is empty is skipped, a row without times is a whole day. Paris wall-clock times.
import { z } from 'zod';
import { MAX_COUNT, MAX_LENGTH, MIN_LENGTH } from '../limits.ts';
import { fromLocalInput } from '../paris-time.ts';
import { email, longText, personName, shortText, text, typedDay } from './fields.ts';

export const POLL_ANSWERS = ['yes', 'maybe', 'no'] as const;
export type PollAnswer = (typeof POLL_ANSWERS)[number];
/** Rows tried when reading slots: more than the cap, so that too many rows is a sentence, not a silent cut. */
export const POLL_SLOT_ROWS_READ = 60;

const optionalId = z
	.string()
	.trim()
	.default('')
	.transform((v) => (v === '' ? null : v))
	.pipe(z.uuid({ error: 'unknown_choice' }).nullable());

const onlineUrl = text(MAX_LENGTH.eventOnlineUrl, { optional: true })
	.default('')
	.refine((v) => v === '' || /^https?:\/\/[^\s<>]+$/.test(v), { error: 'evt_url' })
	.transform((v) => (v === '' ? null : v));

const deadline = z
	.string()
	.trim()
	.max(40, { error: 'evt_date' })
	.default('')
	.transform((v, ctx) => {
		if (v === '') return null;
		const instant = fromLocalInput(v);
		if (!instant) {
			ctx.addIssue({ code: 'custom', message: 'evt_date' });
			return z.NEVER;
		}
		return instant;
	});

export type PollSlotInput = { startsAt: Date; endsAt: Date; allDay: boolean };

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_SHAPE = /^\d{1,2}:\d{2}$/;

/** The slot rows of the posted fields; each problem is an issue on its own field. */
function readSlots(values: Record<string, unknown>, ctx: z.RefinementCtx): PollSlotInput[] {
	const slots: PollSlotInput[] = [];
	const field = (name: string) => (typeof values[name] === 'string' ? (values[name] as string).trim() : '');
	for (let n = 1; n <= POLL_SLOT_ROWS_READ; n++) {
		const day = typedDay(field(`slot${n}_day`));
		if (day === '') continue;
		const start = field(`slot${n}_start`);
		const end = field(`slot${n}_end`);
		if (!DAY_SHAPE.test(day) || !fromLocalInput(`${day}T12:00`)) {
			ctx.addIssue({ code: 'custom', path: [`slot${n}_day`], message: 'evt_date' });
			continue;
		}
		if (start === '' && end === '') {
			const startsAt = fromLocalInput(`${day}T00:00`)!;
			const next = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + 1));
			const endsAt = fromLocalInput(`${next.toISOString().slice(0, 10)}T00:00`)!;
			slots.push({ startsAt, endsAt, allDay: true });
			continue;
		}
		const startsAt = TIME_SHAPE.test(start) ? fromLocalInput(`${day}T${start.padStart(5, '0')}`) : undefined;
		const endsAt = TIME_SHAPE.test(end) ? fromLocalInput(`${day}T${end.padStart(5, '0')}`) : undefined;
		if (!startsAt) ctx.addIssue({ code: 'custom', path: [`slot${n}_start`], message: 'poll_time' });
		if (!endsAt) ctx.addIssue({ code: 'custom', path: [`slot${n}_end`], message: 'poll_time' });
		if (!startsAt || !endsAt) continue;
		if (endsAt.getTime() <= startsAt.getTime()) {
			ctx.addIssue({ code: 'custom', path: [`slot${n}_end`], message: 'evt_end_before_start' });
			continue;
		}
		slots.push({ startsAt, endsAt, allDay: false });
	}
	return slots;
}

/** Whether some row was filled in (then its own sentence says what is wrong, not « no slot »). */
function rowsWithIssues(values: Record<string, unknown>): boolean {
	return Object.entries(values).some(
		([key, value]) => /^slot\d+_day$/.test(key) && typeof value === 'string' && value.trim() !== ''
	);
}

export const pollInput = z
	.object({
		title: shortText(MAX_LENGTH.pollTitle).min(MIN_LENGTH.pollTitle, { error: 'evt_title_short' }),
		description: longText(MAX_LENGTH.pollDescription),
		groupId: optionalId,
		venueId: optionalId,
		place: text(MAX_LENGTH.pollPlace, { optional: true }).default(''),
		onlineUrl,
		deadline
	})
	.catchall(z.unknown())
	.transform((v, ctx) => {
		const slots = readSlots(v, ctx);
		if (slots.length === 0 && !rowsWithIssues(v))
			ctx.addIssue({ code: 'custom', path: ['slot1_day'], message: 'poll_no_slot' });
		if (slots.length > MAX_COUNT.pollSlots) {
			ctx.addIssue({
				code: 'custom',
				path: ['slot1_day'],
				message: 'poll_too_many_slots',
				params: { max: MAX_COUNT.pollSlots }
			});
		}
		if (v.venueId === null && v.onlineUrl === null) {
			ctx.addIssue({ code: 'custom', path: ['venueId'], message: 'poll_place_required' });
		}
		return {
			title: v.title,
			description: v.description,
			groupId: v.groupId,
			venueId: v.venueId,
			place: v.place,
			onlineUrl: v.onlineUrl,
			deadline: v.deadline,
			slots
		};
	});
export type PollInput = z.output<typeof pollInput>;

/** `answer_<slotId>` fields: each must be oui, si besoin or non; a slot left out is not answered. */
function readAnswers(values: Record<string, unknown>, ctx: z.RefinementCtx): Record<string, PollAnswer> {
	const answers: Record<string, PollAnswer> = {};
	for (const [key, value] of Object.entries(values)) {
		if (!key.startsWith('answer_')) continue;
		if (typeof value !== 'string' || !(POLL_ANSWERS as readonly string[]).includes(value)) {
			ctx.addIssue({ code: 'custom', path: [key], message: 'unknown_choice' });
			continue;
		}
		answers[key.slice('answer_'.length)] = value as PollAnswer;
	}
	return answers;
}

const comment = text(MAX_LENGTH.pollComment, { optional: true }).default('');

export const pollAnswerInput = z
	.object({ comment })
	.catchall(z.unknown())
	.transform((v, ctx) => ({ comment: v.comment, answers: readAnswers(v, ctx) }));
export type PollAnswerInput = z.output<typeof pollAnswerInput>;

export const pollGuestAnswerInput = z
	.object({
		name: personName,
		email: z
			.string()
			.trim()
			.default('')
			.transform((v) => (v === '' ? null : v))
			.pipe(email.nullable()),
		comment
	})
	.catchall(z.unknown())
	.transform((v, ctx) => ({ name: v.name, email: v.email, comment: v.comment, answers: readAnswers(v, ctx) }));
export type PollGuestAnswerInput = z.output<typeof pollGuestAnswerInput>;

export const pollCommentInput = z.object({ body: text(MAX_LENGTH.pollComment) });
export const pollSlotChoice = z.object({ slotId: z.uuid({ error: 'unknown_choice' }) });
