import { and, asc, eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { guestCalendar } from '../../calendars/guest-calendar.ts';
import { describe, expect, it } from 'vitest';
import { advanceClock, now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { hasSqlState, isCheckViolation, isForeignKeyViolation } from '../../db/errors.ts';
import { sqlStates } from '../../db/sql-states.ts';
import { emails, eventGuests, eventRegistrations, venues } from '../../db/schema/index.ts';
import { cancelOccurrence } from '../cancel-occurrence.ts';
import { cancelRegistration } from '../cancel-registration.ts';
import { eventsReport } from '../events-report.ts';
import { expireOffers } from '../expire-offers.ts';
import { getOccurrence } from '../get-occurrence.ts';
import { markAttendance } from '../mark-attendance.ts';
import { registerForOccurrence } from '../register-for-occurrence.ts';
import { sendEventReminders } from '../send-event-reminders.ts';
import { eventWorld, members } from '../../../../../tests/event-world.ts';
import { cancelGuestRegistration } from './cancel-guest-registration.ts';
import { confirmGuestOffer } from './confirm-guest-offer.ts';
import { getGuestPlace } from './guest-place.ts';
import { getInvitation } from './invitation.ts';
import { registerGuest } from './register-guest.ts';
import { GUEST_LINKS_PER_HOUR, requestGuestPlace, RESEND_MINUTES } from './request-guest-place.ts';

const HOUR = 3_600_000;
/** The app clock moved to this long before (negative) or after the start, whatever the time of day the test runs. */
function moveClockTo(startsAt: Date | string, offsetMs: number) {
	advanceClock(new Date(startsAt).getTime() + offsetMs - now().getTime());
}

// The tests of a file share a database: each guest gets an address of their own.
let sent = 0;
const address = (name: string) => `${name}.${++sent}.${Date.now()}@exemple.org`;

const mailTo = (address: string) =>
	db().select().from(emails).where(eq(emails.toAddress, address)).orderBy(asc(emails.createdAt), asc(emails.id));

/** The guest page's secret, read from the emailed link (the way a guest gets it). */
function tokenIn(body: string): string {
	const found = /\/invitation\/place\/([A-Za-z0-9_-]+)/.exec(body);
	if (!found) throw new Error('no guest link in the email');
	return found[1];
}

async function linkWorld(capacity = 8) {
	const world = await eventWorld({ audience: 'link', capacity });
	await db().update(venues).set({ doorCode: 'B1234' }).where(eq(venues.id, world.venue.id));
	return { ...world, token: world.event.linkToken! };
}

type World = Awaited<ReturnType<typeof linkWorld>>;

/** A visitor asks for a place for the world's occurrence with the invitation link (the rest of the form as given). */
const askForPlace = (world: World, email: string, form: Partial<Parameters<typeof requestGuestPlace>[0]> = {}) =>
	requestGuestPlace({
		eventId: world.event.id,
		token: world.token,
		occurrenceId: world.occurrence.id,
		name: 'Samira',
		email,
		locale: 'fr',
		...form
	});

/** Asks for a place and returns the guest page's secret, read from the email just sent (the way a guest gets it). */
async function askedToken(world: World, email: string, name = 'Samira') {
	await askForPlace(world, email, { name });
	return tokenIn((await mailTo(email)).at(-1)!.textBody);
}

/** A guest asks with the link, then confirms from the email: returns the guest page's secret and the result. */
async function guestRegisters(world: World, email: string, name = 'Samira') {
	const token = await askedToken(world, email, name);
	return { token, result: await registerGuest({ token }) };
}

describe('the invitation page of a « with the link » event', () => {
	it('shows the event, where it is without the door code, and its occurrences with places', async () => {
		const world = await linkWorld();
		const page = await getInvitation({ eventId: world.event.id, token: world.token });
		expect(page.event.title).toBe(world.event.title);
		expect(page.network).toBe(world.network.name);
		expect(page.venue).toEqual(expect.objectContaining({ name: world.venue.name, address: world.venue.address }));
		expect(JSON.stringify(page)).not.toContain('B1234');
		expect(page.occurrences).toHaveLength(1);
		expect(page.occurrences[0]).toEqual(expect.objectContaining({ id: world.occurrence.id, taken: 0, open: true }));
	});

	it('is not found without the right secret, or for an event not open to the link', async () => {
		const world = await linkWorld();
		const other = await eventWorld({ audience: 'network' });
		const refused = [
			{ eventId: world.event.id, token: 'x'.repeat(43) },
			{ eventId: world.event.id, token: '' },
			{ eventId: world.event.id, token: "<script>'" },
			{ eventId: 'not-a-uuid', token: world.token },
			{ eventId: other.event.id, token: world.token }
		];
		for (const options of refused) {
			await expect(getInvitation(options)).rejects.toMatchObject({ code: 'not_found' });
		}
	});
});

describe('asking for a place without an account', () => {
	it('emails a link to confirm and books nothing before the click', async () => {
		const samira = address('samira');
		const world = await linkWorld();
		const answer = await askForPlace(world, samira, { name: 'Samira Haddad' });
		expect(answer.email).toBe(samira);
		const [mail] = await mailTo(samira);
		expect(mail.subject).toBe(`Confirmez votre inscription : ${world.event.title}`);
		expect(mail.textBody).toContain('Bonjour Samira Haddad');
		expect(mail.textBody).toContain(world.network.name);
		expect(await db().$count(eventRegistrations, eq(eventRegistrations.occurrenceId, world.occurrence.id))).toBe(0);
		const page = await getGuestPlace({ token: tokenIn(mail.textBody) });
		expect(page.registration).toBeNull();
		expect(page.guest).toEqual({ name: 'Samira Haddad', email: samira });
	});

	it('asking again with the same address sends the same link, at most every few minutes, and one guest', async () => {
		const samira = address('samira');
		const world = await linkWorld();
		await askForPlace(world, samira);
		await askForPlace(world, samira);
		expect(await mailTo(samira)).toHaveLength(1);
		advanceClock((RESEND_MINUTES + 1) * 60_000);
		await askForPlace(world, samira);
		const mails = await mailTo(samira);
		expect(mails).toHaveLength(2);
		expect(tokenIn(mails[1].textBody)).toBe(tokenIn(mails[0].textBody));
		expect(await db().$count(eventGuests, eq(eventGuests.occurrenceId, world.occurrence.id))).toBe(1);
	});

	it('sends at most a few dozen links an hour for one event, so the link cannot be used to email strangers', async () => {
		const world = await linkWorld();
		const ask = (email: string) => askForPlace(world, email);
		for (let i = 0; i < GUEST_LINKS_PER_HOUR; i++) await ask(address(`rush${i}`));
		const late = address('late');
		await expect(ask(late)).rejects.toMatchObject({ code: 'event_guest_busy' });
		expect(await mailTo(late)).toHaveLength(0);
		expect(await db().$count(eventGuests, eq(eventGuests.email, late))).toBe(0);
		advanceClock(61 * 60_000);
		await ask(late);
		expect(await mailTo(late)).toHaveLength(1);
	});

	it('refuses an occurrence of another event, a started or a cancelled one, and a wrong secret, writing nothing', async () => {
		const samira = address('samira');
		const world = await linkWorld();
		const other = await linkWorld();
		const ask = (form: Partial<Parameters<typeof requestGuestPlace>[0]>) => askForPlace(world, samira, form);
		await expect(ask({ occurrenceId: other.occurrence.id })).rejects.toMatchObject({ code: 'not_found' });
		await expect(ask({ occurrenceId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
		await expect(ask({ token: other.token })).rejects.toMatchObject({ code: 'not_found' });
		await cancelOccurrence({
			actor: other.coordinator.actor,
			networkId: other.network.id,
			occurrenceId: other.occurrence.id
		});
		await expect(
			ask({ eventId: other.event.id, token: other.token, occurrenceId: other.occurrence.id })
		).rejects.toMatchObject({ code: 'event_cancelled' });
		advanceClock(3 * 24 * HOUR);
		await expect(ask({})).rejects.toMatchObject({ code: 'event_past' });
		expect(await mailTo(samira)).toHaveLength(0);
		expect(await db().$count(eventGuests, eq(eventGuests.email, samira))).toBe(0);
	});
});

describe('a guest registration', () => {
	it('the click takes a place and the guest is emailed; a second click changes nothing', async () => {
		const samira = address('samira');
		const world = await linkWorld();
		const { token, result } = await guestRegisters(world, samira);
		expect(result.status).toBe('registered');
		const mails = await mailTo(samira);
		expect(mails).toHaveLength(2);
		expect(mails[1].subject).toContain('est confirmée');
		expect(mails[1].textBody).toContain(`/invitation/place/${token}`);
		await expect(registerGuest({ token })).rejects.toMatchObject({ code: 'event_already_registered' });
		const page = await getGuestPlace({ token });
		expect(page.registration?.status).toBe('registered');
		// The people who run it see the guest, marked as such, with the address to reach them.
		const lead = await getOccurrence({
			actor: world.coordinator.actor,
			networkId: world.network.id,
			eventId: world.event.id,
			occurrenceId: world.occurrence.id
		});
		expect(lead.people).toEqual([
			expect.objectContaining({ name: 'Samira', guestEmail: samira, status: 'registered' })
		]);
	});

	it('a member and a guest with the same address are one person: one place between them', async () => {
		const world = await linkWorld(1);
		const [member, other] = await members(world.network.id, 2);
		const at = { networkId: world.network.id, occurrenceId: world.occurrence.id, token: world.token };
		const registrations = () =>
			db().select().from(eventRegistrations).where(eq(eventRegistrations.occurrenceId, world.occurrence.id));
		// Registered with her account, she opens the link on another phone, logged out, and asks as a guest.
		const taken = await registerForOccurrence({ actor: member.actor, ...at });
		const token = await askedToken(world, member.email!);
		await expect(registerGuest({ token })).rejects.toMatchObject({ code: 'event_already_registered' });
		expect(await registrations()).toHaveLength(1);
		// The other way round: on the waiting list as a guest, then with the account.
		const otherGuest = await guestRegisters(world, other.email!);
		expect(otherGuest.result.status).toBe('waitlisted');
		await expect(registerForOccurrence({ actor: other.actor, ...at })).rejects.toMatchObject({
			code: 'event_already_registered'
		});
		expect(await registrations()).toHaveLength(2);
		// The database refuses it too, whatever the code.
		const [guest] = await db().select().from(eventGuests).where(eq(eventGuests.token, token));
		await expect(
			db()
				.insert(eventRegistrations)
				.values({ networkId: at.networkId, occurrenceId: at.occurrenceId, status: 'waitlisted', guestId: guest.id })
		).rejects.toSatisfy((e: unknown) => hasSqlState(e, sqlStates.eventAddressAlreadyRegistered));
		// Once her account's place is given up (it goes to the guest waiting), her address may ask as a guest.
		await cancelRegistration({
			actor: member.actor,
			networkId: world.network.id,
			registrationId: taken.registrationId
		});
		await confirmGuestOffer({ token: otherGuest.token });
		expect(await registerGuest({ token })).toMatchObject({ status: 'waitlisted', position: 1 });
	});

	it('guests and members share the places and the waiting list, in order, with the lock', async () => {
		const world = await linkWorld(1);
		const people = await members(world.network.id, 10);
		const asks = Array.from({ length: 10 }, (_, i) => address(`invite${i}`));
		const tokens = [];
		for (const email of asks) tokens.push(await askedToken(world, email));
		const results = await Promise.all([
			...tokens.map((token) => registerGuest({ token })),
			...people.map((p) =>
				registerForOccurrence({
					actor: p.actor,
					networkId: world.network.id,
					occurrenceId: world.occurrence.id,
					token: world.token
				})
			)
		]);
		expect(results.filter((r) => r.status === 'registered')).toHaveLength(1);
		expect(
			results
				.filter((r) => r.status === 'waitlisted')
				.map((r) => r.position)
				.sort((a, b) => a! - b!)
		).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
	});

	it('a cancelled place goes to the guest waiting, who confirms it from their page', async () => {
		const samira = address('samira');
		const world = await linkWorld(1);
		const [member] = await members(world.network.id, 1);
		const taken = await registerForOccurrence({
			actor: member.actor,
			networkId: world.network.id,
			occurrenceId: world.occurrence.id,
			token: world.token
		});
		const { token, result } = await guestRegisters(world, samira);
		expect(result).toMatchObject({ status: 'waitlisted', position: 1 });
		expect((await getGuestPlace({ token })).registration).toMatchObject({ status: 'waitlisted', position: 1 });
		await expect(confirmGuestOffer({ token })).rejects.toMatchObject({ code: 'event_no_offer' });
		await cancelRegistration({
			actor: member.actor,
			networkId: world.network.id,
			registrationId: taken.registrationId
		});
		const offerMail = (await mailTo(samira)).at(-1)!;
		expect(offerMail.textBody).toContain("s'est libérée");
		expect(offerMail.textBody).toContain(`/invitation/place/${token}`);
		await confirmGuestOffer({ token });
		expect((await getGuestPlace({ token })).registration?.status).toBe('registered');
		expect((await mailTo(samira)).at(-1)!.subject).toContain('est confirmée');
	});

	it('an offer not confirmed in time passes to the next; a guest who cancels frees the place for a member', async () => {
		const samira = address('samira');
		const world = await linkWorld(1);
		const [member, next] = await members(world.network.id, 2);
		const taken = await registerForOccurrence({
			actor: member.actor,
			networkId: world.network.id,
			occurrenceId: world.occurrence.id,
			token: world.token
		});
		const { token } = await guestRegisters(world, samira);
		await registerForOccurrence({
			actor: next.actor,
			networkId: world.network.id,
			occurrenceId: world.occurrence.id,
			token: world.token
		});
		await cancelRegistration({
			actor: member.actor,
			networkId: world.network.id,
			registrationId: taken.registrationId
		});
		expect((await getGuestPlace({ token })).registration?.status).toBe('offered');
		advanceClock(25 * HOUR);
		expect(await expireOffers()).toBe(1);
		expect((await getGuestPlace({ token })).registration?.status).toBe('expired');
		expect((await mailTo(samira)).at(-1)!.textBody).toContain("n'a pas été confirmée dans les 24 heures");
		await expect(confirmGuestOffer({ token })).rejects.toMatchObject({ code: 'event_no_offer' });
		const nextRow = await db()
			.select()
			.from(eventRegistrations)
			.where(and(eq(eventRegistrations.accountId, next.id), eq(eventRegistrations.occurrenceId, world.occurrence.id)));
		expect(nextRow[0].status).toBe('offered');

		// Registering again puts the guest back at the end of the line; cancelling leaves it.
		const again = await registerGuest({ token });
		expect(again).toMatchObject({ status: 'waitlisted', position: 1 });
		await cancelGuestRegistration({ token });
		expect((await getGuestPlace({ token })).registration?.status).toBe('cancelled');
		await expect(cancelGuestRegistration({ token })).rejects.toMatchObject({ code: 'transition_refused' });
	});

	it('guests get the reminder the day before and the news of a cancelled occurrence by email', async () => {
		const samira = address('samira');
		const world = await linkWorld();
		await guestRegisters(world, samira);
		moveClockTo(world.occurrence.startsAt, -12 * HOUR);
		await sendEventReminders();
		expect((await mailTo(samira)).at(-1)!.subject).toContain('Rappel');
		await cancelOccurrence({
			actor: world.coordinator.actor,
			networkId: world.network.id,
			occurrenceId: world.occurrence.id
		});
		expect((await mailTo(samira)).at(-1)!.subject).toContain('annulé');
	});

	it('a bad or unknown secret is not found, and an event no longer open to the link takes no guest', async () => {
		const samira = address('samira');
		const world = await linkWorld();
		for (const token of ['', 'abc', 'x'.repeat(43), '../../etc', 'é'.repeat(30)]) {
			await expect(getGuestPlace({ token })).rejects.toMatchObject({ code: 'not_found' });
			await expect(registerGuest({ token })).rejects.toMatchObject({ code: 'not_found' });
			await expect(cancelGuestRegistration({ token })).rejects.toMatchObject({ code: 'not_found' });
			await expect(confirmGuestOffer({ token })).rejects.toMatchObject({ code: 'not_found' });
		}
		const token = await askedToken(world, samira);
		await db().execute(sql`update events set audience = 'network', link_token = null where id = ${world.event.id}`);
		await expect(registerGuest({ token })).rejects.toMatchObject({ code: 'not_found' });
	});
});

describe("a guest's calendar file", () => {
	it('holds their one occurrence, where it is without the door code, and leads back to their page', async () => {
		const samira = address('samira');
		const world = await eventWorld({ audience: 'link', onlineUrl: 'https://visio.exemple.org/atelier' });
		await db().update(venues).set({ doorCode: 'B1234' }).where(eq(venues.id, world.venue.id));
		const { token } = await guestRegisters({ ...world, token: world.event.linkToken! }, samira);
		const { title, text } = await guestCalendar({ token, origin: 'https://entrelien.exemple.org' });
		expect(title).toBe(world.event.title);
		expect(text).not.toContain('B1234');
		const calendar = new ICAL.Component(ICAL.parse(text));
		for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
		const [vevent, ...others] = calendar.getAllSubcomponents('vevent');
		expect(others).toHaveLength(0);
		const entry = new ICAL.Event(vevent);
		expect(entry.summary).toBe(world.event.title);
		expect(entry.startDate.toJSDate().getTime()).toBe(world.occurrence.startsAt.getTime());
		expect(entry.endDate.toJSDate().getTime()).toBe(world.occurrence.endsAt.getTime());
		expect(entry.location).toBe(`${world.venue.name}, ${world.venue.address}`);
		expect(String(vevent.getFirstPropertyValue('url'))).toBe(`https://entrelien.exemple.org/invitation/place/${token}`);
		// Registered: the online link is in it.
		expect(entry.description).toContain('https://visio.exemple.org/atelier');
		await cancelGuestRegistration({ token });
		const after = await guestCalendar({ token, origin: 'https://entrelien.exemple.org' });
		expect(after.text).not.toContain('visio.exemple.org');
		await expect(guestCalendar({ token: 'x'.repeat(43), origin: 'https://e.org' })).rejects.toMatchObject({
			code: 'not_found'
		});
	});
});

describe('guests in the database', () => {
	it('only « with the link » events take guests, and a registration is a member or a guest, not both', async () => {
		const samira = address('samira');
		const world = await eventWorld({ audience: 'network' });
		const insertGuest = db()
			.insert(eventGuests)
			.values({
				networkId: world.network.id,
				occurrenceId: world.occurrence.id,
				name: 'Samira',
				email: samira,
				token: 'y'.repeat(43)
			});
		await expect(insertGuest).rejects.toSatisfy((e: unknown) => hasSqlState(e, sqlStates.eventNotForGuests));

		const linked = await linkWorld();
		const [guest] = await db()
			.insert(eventGuests)
			.values({
				networkId: linked.network.id,
				occurrenceId: linked.occurrence.id,
				name: 'Samira',
				email: samira,
				token: 'z'.repeat(43)
			})
			.returning();
		const base = { networkId: linked.network.id, occurrenceId: linked.occurrence.id, status: 'waitlisted' };
		await expect(
			db()
				.insert(eventRegistrations)
				.values({ ...base, accountId: linked.member.id, guestId: guest.id })
		).rejects.toSatisfy(isCheckViolation);
		await expect(db().insert(eventRegistrations).values(base)).rejects.toSatisfy(isCheckViolation);
		// A guest of one occurrence cannot hold a registration for another.
		const other = await linkWorld();
		await expect(
			db().insert(eventRegistrations).values({
				networkId: other.network.id,
				occurrenceId: other.occurrence.id,
				status: 'waitlisted',
				guestId: guest.id
			})
		).rejects.toSatisfy(isForeignKeyViolation);
	});
});

describe('guests at the occurrence', () => {
	it('attendance is marked for guests too, and the report names them as guests', async () => {
		const samira = address('samira');
		const paul = address('paul');
		const world = await linkWorld();
		const [member] = await members(world.network.id, 1);
		await registerForOccurrence({
			actor: member.actor,
			networkId: world.network.id,
			occurrenceId: world.occurrence.id,
			token: world.token
		});
		await guestRegisters(world, samira, 'Samira');
		await guestRegisters(world, paul, 'Paul');
		moveClockTo(world.occurrence.startsAt, HOUR);
		const lead = await getOccurrence({
			actor: world.coordinator.actor,
			networkId: world.network.id,
			eventId: world.event.id,
			occurrenceId: world.occurrence.id
		});
		const samiraRow = lead.people.find((p) => p.name === 'Samira')!;
		const marked = await markAttendance({
			actor: world.coordinator.actor,
			networkId: world.network.id,
			occurrenceId: world.occurrence.id,
			presentIds: [member.id, samiraRow.personId]
		});
		expect(marked).toEqual({ present: 2, absent: 1 });
		const day = new Date(world.occurrence.startsAt).toISOString().slice(0, 10);
		const report = await eventsReport({
			actor: world.coordinator.actor,
			networkId: world.network.id,
			from: day,
			to: day
		});
		expect(report.occurrences[0].present).toEqual(
			expect.arrayContaining([expect.objectContaining({ name: 'Samira', guest: true })])
		);
		expect(report.occurrences[0].absent).toEqual([expect.objectContaining({ name: 'Paul', guest: true })]);
		expect(report.totals).toMatchObject({ learners: 2, presences: 2, noShows: 1 });
	});
});
