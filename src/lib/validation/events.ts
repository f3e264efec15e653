// The event form (new and edit), the move of one occurrence, attendance, and the agenda's query string
// (decision 022). Times typed in `datetime-local` fields are Paris wall-clock times, parsed like post dates.
import { z } from 'zod';
import { EVENT_AUDIENCES, EVENT_KINDS } from '../event-options.ts';
import { EVENT_MAX_HOURS, MAX_COUNT, MAX_LENGTH, MIN_LENGTH, RANGE } from '../limits.ts';
import { idList, longText, shortText, text, typedDay, wholeNumber, whenValid } from './fields.ts';
import { pageNumberField } from './queries.ts';
import { fromLocalInput, parisDate } from '../paris-time.ts';

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'unknown_choice' });

/** An optional id from a select: '' means none. */
const optionalId = z
	.string()
	.trim()
	.default('')
	.transform((v) => (v === '' ? null : v))
	.pipe(z.uuid({ error: 'unknown_choice' }).nullable());

const localDateTime = z
	.string({ error: 'required' })
	.trim()
	.min(1, { error: 'required' })
	.max(40, { error: 'evt_date' })
	.transform((v, ctx) => {
		const instant = fromLocalInput(v);
		if (!instant) {
			ctx.addIssue({ code: 'custom', message: 'evt_date' });
			return z.NEVER;
		}
		return instant;
	});

const capacity = wholeNumber(RANGE.eventCapacity, 'evt_capacity');

const onlineUrl = text(MAX_LENGTH.eventOnlineUrl, { optional: true })
	.default('')
	.refine((v) => v === '' || /^https?:\/\/[^\s<>]+$/.test(v), { error: 'evt_url' })
	.transform((v) => (v === '' ? null : v));

/** A Paris calendar date « 2027-06-30 », or '' for none. */
const repeatUntil = z
	.string()
	.trim()
	.default('')
	.transform(typedDay)
	.refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && fromLocalInput(`${v}T12:00`) !== undefined), {
		error: 'evt_date'
	})
	.transform((v) => (v === '' ? null : v));

const base = z.object({
	title: shortText(MAX_LENGTH.eventTitle).min(MIN_LENGTH.eventTitle, { error: 'evt_title_short' }),
	description: longText(MAX_LENGTH.eventDescription),
	kind: choice(EVENT_KINDS),
	groupId: optionalId,
	venueId: optionalId,
	// A room of the venue, booked for every occurrence (decision 029): only at one of the network's own venues.
	roomId: optionalId,
	onlineUrl,
	startsAt: localDateTime,
	endsAt: localDateTime,
	capacity,
	audience: choice(EVENT_AUDIENCES),
	facilitatorIds: idList(MAX_COUNT.eventFacilitators, 0)
});

type Base = z.output<typeof base>;

/** What checkEvent compares: it runs only once these fields are valid (see whenValid). */
const EVENT_CHECKED = ['startsAt', 'endsAt', 'venueId', 'roomId', 'onlineUrl', 'audience', 'groupId'];

function checkEvent(value: Base, ctx: z.RefinementCtx) {
	if (value.endsAt.getTime() <= value.startsAt.getTime()) {
		ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'evt_end_before_start' });
	}
	if (value.endsAt.getTime() - value.startsAt.getTime() > EVENT_MAX_HOURS * 3_600_000) {
		ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'evt_too_long', params: { max: EVENT_MAX_HOURS } });
	}
	if (value.venueId === null && value.onlineUrl === null) {
		ctx.addIssue({ code: 'custom', path: ['venueId'], message: 'evt_place_required' });
	}
	if (value.roomId !== null && value.venueId === null) {
		ctx.addIssue({ code: 'custom', path: ['roomId'], message: 'evt_room_without_venue' });
	}
	if (value.audience === 'group' && value.groupId === null) {
		ctx.addIssue({ code: 'custom', path: ['groupId'], message: 'evt_group_required' });
	}
}

export const eventInput = base
	.extend({ repeatUntil })
	.superRefine(
		(value, ctx) => {
			checkEvent(value, ctx);
			if (value.repeatUntil !== null && value.repeatUntil < parisDate(value.startsAt)) {
				ctx.addIssue({ code: 'custom', path: ['repeatUntil'], message: 'evt_repeat_before_start' });
			}
		},
		whenValid(...EVENT_CHECKED, 'repeatUntil')
	)
	.transform((v) => ({ ...v, facilitatorIds: [...new Set(v.facilitatorIds)] }));

/** Editing keeps the repetition; the dates change the event's only occurrence (a series moves one at a time). */
export const eventUpdateInput = base
	.superRefine(checkEvent, whenValid(...EVENT_CHECKED))
	.transform((v) => ({ ...v, facilitatorIds: [...new Set(v.facilitatorIds)] }));

// The room is optional for code that calls the domain directly (the demo, the bench): none means no room.
type RoomOptional<T> = Omit<T, 'roomId'> & { roomId?: string | null };
export type EventInput = RoomOptional<z.output<typeof eventInput>>;
export type EventUpdateInput = RoomOptional<z.output<typeof eventUpdateInput>>;

export const moveOccurrenceInput = z.object({ startsAt: localDateTime, endsAt: localDateTime }).superRefine(
	(value, ctx) => {
		if (value.endsAt.getTime() <= value.startsAt.getTime()) {
			ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'evt_end_before_start' });
		}
	},
	whenValid('startsAt', 'endsAt')
);

export const attendanceInput = z.object({ presentIds: idList(RANGE.eventCapacity.max, 0) });

export const registrationAction = z.object({ registrationId: z.uuid({ error: 'unknown_choice' }) });
export const occurrenceAction = z.object({
	occurrenceId: z.uuid({ error: 'unknown_choice' }),
	token: text(100, { optional: true }).default('')
});

// ---- The agenda: ?groupe=<id>&type=atelier&page=2 (bad values fall back to no filter, the first page) ----------

export const agendaQuery = z.object({
	groupe: z.uuid().optional().catch(undefined),
	type: choice(EVENT_KINDS).optional().catch(undefined),
	page: pageNumberField.default(1)
});
