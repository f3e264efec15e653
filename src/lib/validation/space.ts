// The shared space (decision 029): resources and their rules, opening hours, closures, bookings. Texts refuse
// `<` and `>` like every other name and description (fields.ts); times are Paris wall clock (paris-time.ts).
import { z } from 'zod';
import { MAX_COUNT, MAX_LENGTH, RANGE } from '../limits.ts';
import { fromLocalInput } from '../paris-time.ts';
import { BOOKABLE_KINDS, RESOURCE_AUDIENCES, RESOURCE_KINDS, WEEKDAYS, type BookableKind } from '../space-options.ts';
import { longText, shortText, wholeNumber, whenValid } from './fields.ts';

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'unknown_choice' });
const id = z.uuid({ error: 'unknown_choice' });

/** A checkbox or a confirming button: present (any value) when ticked or pressed, absent otherwise. */
const ticked = z
	.string()
	.default('')
	.transform((v) => v !== '');

/** An optional id from a select: '' means none. */
const optionalId = z
	.string()
	.trim()
	.default('')
	.transform((v) => (v === '' ? null : v))
	.pipe(id.nullable());

export const resourceInput = z
	.object({
		venueId: id,
		kind: choice(RESOURCE_KINDS),
		name: shortText(MAX_LENGTH.resourceName),
		description: longText(MAX_LENGTH.resourceDescription),
		category: longText(MAX_LENGTH.resourceCategory),
		condition: longText(MAX_LENGTH.resourceCondition),
		themeId: optionalId,
		audience: choice(RESOURCE_AUDIENCES),
		groupId: optionalId,
		slotMinutes: wholeNumber(RANGE.resourceSlotMinutes, 'space_slot_minutes'),
		minMinutes: wholeNumber(RANGE.resourceBookingMinutes, 'space_booking_minutes'),
		maxMinutes: wholeNumber(RANGE.resourceBookingMinutes, 'space_booking_minutes'),
		maxDaysAhead: wholeNumber(RANGE.resourceDaysAhead, 'space_days_ahead'),
		maxFutureBookings: wholeNumber(RANGE.resourceFutureBookings, 'space_future_bookings'),
		bufferMinutes: wholeNumber(RANGE.resourceBufferMinutes, 'space_buffer_minutes'),
		loanDays: wholeNumber(RANGE.resourceLoanDays, 'space_loan_days'),
		maxRenewals: wholeNumber(RANGE.resourceRenewals, 'space_renewals'),
		// A coordinator approves each member's booking (decision 029, « Coordinator approval »).
		requiresApproval: ticked
	})
	.superRefine(
		(v, ctx) => {
			if (v.minMinutes > v.maxMinutes) ctx.addIssue({ code: 'custom', path: ['maxMinutes'], message: 'space_min_max' });
		},
		whenValid('minMinutes', 'maxMinutes')
	)
	.superRefine(
		(v, ctx) => {
			if (v.audience === 'group' && !v.groupId)
				ctx.addIssue({ code: 'custom', path: ['groupId'], message: 'space_group' });
		},
		whenValid('audience', 'groupId')
	)
	// A group chosen for another audience is left out, not an error (the select keeps its last value).
	.transform((v) => ({ ...v, groupId: v.audience === 'group' ? v.groupId : null }));
export type ResourceInput = z.output<typeof resourceInput>;

/** « 09:00 »: a Paris wall-clock time of day, as an `<input type="time">` posts it. */
const timeOfDay = z
	.string()
	.trim()
	.default('')
	.refine((v) => v === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { error: 'space_time' });

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The week's opening hours: for each weekday (1 = Monday) up to `MAX_COUNT.openingPeriodsPerDay` periods, posted
 * as `d1_opens_0`, `d1_closes_0`… A period left empty is no period; each must end after it starts and periods of
 * one day may not overlap.
 */
export const openingHoursInput = z
	.object({
		venueId: id,
		...Object.fromEntries(
			WEEKDAYS.flatMap((day) =>
				Array.from({ length: MAX_COUNT.openingPeriodsPerDay }, (_, i) => [
					[`d${day}_opens_${i}`, timeOfDay],
					[`d${day}_closes_${i}`, timeOfDay]
				]).flat()
			)
		)
	})
	.transform((v, ctx) => {
		const fields = v as Record<string, string>;
		const periods: { weekday: number; opensAt: string; closesAt: string }[] = [];
		for (const weekday of WEEKDAYS) {
			const day: { from: number; to: number }[] = [];
			for (let i = 0; i < MAX_COUNT.openingPeriodsPerDay; i++) {
				const opens = fields[`d${weekday}_opens_${i}`];
				const closes = fields[`d${weekday}_closes_${i}`];
				if (!opens && !closes) continue;
				const path = [`d${weekday}_closes_${i}`];
				if (!opens || !closes || minutesOf(closes) <= minutesOf(opens)) {
					ctx.addIssue({ code: 'custom', path, message: 'space_period_order' });
					continue;
				}
				const from = minutesOf(opens);
				const to = minutesOf(closes);
				if (day.some((p) => from < p.to && p.from < to)) {
					ctx.addIssue({ code: 'custom', path, message: 'space_period_overlap' });
					continue;
				}
				day.push({ from, to });
				periods.push({ weekday, opensAt: opens, closesAt: closes });
			}
		}
		// The period fields' index signature hides venueId's type; it is the uuid checked above.
		return { venueId: v.venueId as string, periods };
	});
export type OpeningHoursInput = z.output<typeof openingHoursInput>;

/** A Paris calendar day, « 2026-12-23 » (an `<input type="date">`). */
const day = z
	.string({ error: 'required' })
	.trim()
	.min(1, { error: 'required' })
	.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && fromLocalInput(`${v}T12:00`) !== undefined, {
		error: 'space_day'
	});

export const closureInput = z
	.object({
		venueId: id,
		startsOn: day,
		endsOn: day,
		reason: longText(MAX_LENGTH.closureReason),
		// Sent by « Fermer et annuler ces réservations », after the list of the bookings it cancels.
		confirmed: ticked
	})
	.superRefine(
		(v, ctx) => {
			if (v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'space_closure_order' });
		},
		whenValid('startsOn', 'endsOn')
	);
export type ClosureInput = z.output<typeof closureInput>;

export const closureIdInput = z.object({ closureId: id });

/** « 2026-12-03T10:00 », Paris time, from a `datetime-local` field or a grid's link. */
const startTime = z
	.string({ error: 'required' })
	.trim()
	.min(1, { error: 'required' })
	.max(40, { error: 'space_start' })
	.transform((v, ctx) => {
		const instant = fromLocalInput(v);
		if (!instant) {
			ctx.addIssue({ code: 'custom', message: 'space_start' });
			return z.NEVER;
		}
		return instant;
	});

/** A member books a slot: the resource, its start, how long, and what for. */
export const bookingInput = z.object({
	resourceId: id,
	start: startTime,
	minutes: wholeNumber(RANGE.resourceBookingMinutes, 'space_booking_minutes'),
	purpose: longText(MAX_LENGTH.bookingPurpose)
});
export type BookingInput = z.output<typeof bookingInput>;

/** The front desk books for a member (one without email, often): the same, and whom it is for. */
export const bookForMemberInput = bookingInput.extend({ accountId: id });

export const bookingIdInput = z.object({ bookingId: id });

/** A coordinator cancels someone's booking: the reason is told to the member (optional). */
export const bookingCancelInput = z.object({ bookingId: id, reason: longText(MAX_LENGTH.bookingReason) });

/** A coordinator refuses a request: the reason is told to the member, so it is asked for. */
export const bookingRefusalInput = z.object({
	bookingId: id,
	reason: shortText(MAX_LENGTH.bookingReason)
});

/** `?type=station`: only the computer stations (the job circle's link), or only the rooms; all by default. */
export const spaceListQuery = z.object({
	type: z
		.string()
		.catch('')
		.default('')
		.transform((v) => ((BOOKABLE_KINDS as readonly string[]).includes(v) ? (v as BookableKind) : null))
});

/** `?semaine=2026-12-07` (any day of the week): the week shown on a resource's grid; this week by default. */
export const weekQuery = z.object({
	semaine: z
		.string()
		.catch('')
		.default('')
		.transform((v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) && fromLocalInput(`${v}T12:00`) ? v : ''))
});

/** `?jour=2026-12-07&lieu=<venue id>`: the day sheet; today and the first venue by default. */
export const daySheetQuery = z.object({
	jour: z
		.string()
		.catch('')
		.default('')
		.transform((v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) && fromLocalInput(`${v}T12:00`) ? v : '')),
	lieu: z
		.string()
		.catch('')
		.default('')
		.transform((v) => (z.uuid().safeParse(v).success ? v : ''))
});

/** `?debut=2026-12-03T10:00`: the slot picked on the grid, to confirm. */
export const slotQuery = z.object({
	debut: z
		.string()
		.catch('')
		.default('')
		.transform((v) => (fromLocalInput(v) ? v : ''))
});

/** The edit form: the same fields, and « archivée » (no new bookings; the history stays). */
export const resourceEditInput = z.intersection(
	resourceInput,
	z.object({
		archived: z
			.string()
			.default('')
			.transform((v) => v !== '')
	})
);
