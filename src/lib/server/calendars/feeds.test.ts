// Private calendar feeds and the .ics download, read back with ical.js as a calendar app would.
import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { sha256 } from '../auth/crypto.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import {
	calendarFeeds,
	eventFacilitators,
	eventOccurrences,
	eventRegistrations,
	events,
	groupMembers,
	groups,
	memberships,
	venues
} from '../db/schema/index.ts';
import { eventCalendar } from './event-calendar.ts';
import { listCalendarFeeds } from './list-calendar-feeds.ts';
import { readCalendarFeed } from './read-calendar-feed.ts';
import { renewCalendarFeed } from './renew-calendar-feed.ts';
import { revokeCalendarFeed } from './revoke-calendar-feed.ts';
import { fromParisWallTime } from '../../paris-time.ts';
import { expandWeekly } from './weekly-rule.ts';

const origin = 'https://entrelien.example';
const HOUR = 3_600_000;
const paris = (y: number, mo: number, d: number, h: number) =>
	fromParisWallTime({ year: y, month: mo, day: d, hour: h, minute: 0, second: 0 });

type Place = { venueId?: string; onlineUrl?: string };

/** An event written straight to the tables (events' own use cases are tested by their helper). */
async function createEvent(
	networkId: string,
	createdBy: string,
	options: Place & {
		title: string;
		start: Date;
		hours?: number;
		repeatUntil?: string;
		groupId?: string;
		audience?: 'network' | 'group' | 'link';
	}
) {
	const end = new Date(options.start.getTime() + (options.hours ?? 2) * HOUR);
	const audience = options.audience ?? 'network';
	const [event] = await db()
		.insert(events)
		.values({
			networkId,
			title: options.title,
			description: 'Venez comme vous êtes.',
			kind: 'workshop',
			groupId: options.groupId ?? null,
			venueId: options.venueId ?? null,
			onlineUrl: options.onlineUrl ?? (options.venueId ? null : 'https://visio.example/salle'),
			startsAt: options.start,
			endsAt: end,
			repeatUntil: options.repeatUntil ?? null,
			capacity: 8,
			audience,
			linkToken: audience === 'link' ? `cle-${Math.random().toString(36).slice(2)}` : null,
			createdByAccountId: createdBy
		})
		.returning();
	const starts = options.repeatUntil
		? expandWeekly(options.start, {
				until: paris(...(options.repeatUntil.split('-').map(Number) as [number, number, number]), 23)
			})
		: [options.start];
	const occurrences = await db()
		.insert(eventOccurrences)
		.values(
			starts.map((s) => ({
				networkId,
				eventId: event.id,
				originalStartsAt: s,
				startsAt: s,
				endsAt: new Date(s.getTime() + (options.hours ?? 2) * HOUR)
			}))
		)
		.returning();
	return { event, occurrences: occurrences.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()) };
}

async function register(networkId: string, occurrenceId: string, accountId: string, status = 'registered') {
	await db()
		.insert(eventRegistrations)
		.values({
			networkId,
			occurrenceId,
			accountId,
			status,
			confirmedAt: status === 'registered' ? now() : null,
			endedAt: status === 'cancelled' ? now() : null
		});
}

/** A network with a venue (and its door code), a group, a weekly workshop, a one-off and a « with the link » event. */
async function world() {
	const people = await createNetworkWithPeople({ name: 'Réseau des Lilas' });
	const { network, coordinator } = people;
	const [venue] = await db()
		.insert(venues)
		.values({
			networkId: network.id,
			name: 'Cuisine d’Authenti’Cité',
			address: '12 rue de la Paix, Nanterre',
			doorCode: 'B4521'
		})
		.returning();
	const [cuisine] = await db().insert(groups).values({ networkId: network.id, name: 'Cuisine' }).returning();
	const couture = await createEvent(network.id, coordinator.id, {
		title: 'Atelier couture',
		start: paris(2027, 1, 5, 14),
		repeatUntil: '2027-06-29',
		venueId: venue.id
	});
	const libanaise = await createEvent(network.id, coordinator.id, {
		title: 'Journée découverte cuisine libanaise',
		start: paris(2027, 5, 15, 10),
		hours: 5,
		venueId: venue.id,
		groupId: cuisine.id
	});
	const secret = await createEvent(network.id, coordinator.id, {
		title: 'Séance réservée',
		start: paris(2027, 2, 2, 18),
		audience: 'link'
	});
	return { ...people, venue, cuisine, couture, libanaise, secret };
}

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	const vevents = calendar.getAllSubcomponents('vevent');
	return {
		calendar,
		vevents,
		titles: [...new Set(vevents.map((v) => String(v.getFirstPropertyValue('summary'))))].sort(),
		uids: vevents.map((v) => String(v.getFirstPropertyValue('uid')))
	};
}

const tokenOf = (path: string) => path.replace('/calendrier/', '').replace('.ics', '');

describe('private calendar feeds', () => {
	it('the network feed lists the network’s events, with the series’ moved and cancelled occurrences', async () => {
		const { network, member, couture } = await world();
		const [, second, third] = couture.occurrences;
		await db()
			.update(eventOccurrences)
			.set({ startsAt: paris(2027, 1, 14, 10), endsAt: paris(2027, 1, 14, 12) })
			.where(eq(eventOccurrences.id, second.id));
		await db().update(eventOccurrences).set({ cancelledAt: now() }).where(eq(eventOccurrences.id, third.id));

		const { path } = await renewCalendarFeed({
			actor: member.actor,
			networkId: network.id,
			target: { scope: 'network' }
		});
		expect(path).toMatch(/^\/calendrier\/[A-Za-z0-9_-]{43}\.ics$/);
		const { name, text } = await readCalendarFeed({ token: tokenOf(path), origin });
		expect(name).toBe('Agenda — Réseau des Lilas');
		const { titles, vevents, calendar } = parse(text);
		expect(titles).toEqual(['Atelier couture', 'Journée découverte cuisine libanaise']);
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda — Réseau des Lilas');
		// No door code, no secret event, and the event's page in the description.
		expect(text).not.toContain('B4521');
		expect(text).not.toContain('Séance réservée');
		const master = vevents.find(
			(v) => v.getFirstPropertyValue('summary') === 'Atelier couture' && !v.hasProperty('recurrence-id')
		)!;
		expect(master.getFirstPropertyValue('location')).toBe('Cuisine d’Authenti’Cité, 12 rue de la Paix, Nanterre');
		expect(String(master.getFirstPropertyValue('description'))).toContain(`${origin}/evenements/${couture.event.id}`);

		const event = new ICAL.Event(master);
		for (const v of vevents.filter((v) => v.hasProperty('recurrence-id'))) event.relateException(v);
		const starts: number[] = [];
		const iterator = event.iterator();
		for (let next = iterator.next(); next; next = iterator.next()) {
			starts.push(event.getOccurrenceDetails(next).startDate.toJSDate().getTime());
		}
		const expected = couture.occurrences
			.filter((o) => o.id !== third.id)
			.map((o) => (o.id === second.id ? paris(2027, 1, 14, 10) : o.startsAt).getTime())
			.sort((a, b) => a - b);
		expect(starts).toEqual(expected);
		expect(starts).toHaveLength(25);
	});

	it('renewing gives a new URL and the old one answers « not found »; revoking closes it', async () => {
		const { network, member } = await world();
		const first = await renewCalendarFeed({ actor: member.actor, networkId: network.id, target: { scope: 'network' } });
		await readCalendarFeed({ token: tokenOf(first.path), origin });
		const second = await renewCalendarFeed({
			actor: member.actor,
			networkId: network.id,
			target: { scope: 'network' }
		});
		expect(second.token).not.toBe(first.token);
		await expect(readCalendarFeed({ token: first.token, origin })).rejects.toMatchObject({ code: 'not_found' });
		await readCalendarFeed({ token: second.token, origin });

		// Only the hash is stored, one row per member and scope.
		const rows = await db().select().from(calendarFeeds).where(eq(calendarFeeds.accountId, member.id));
		expect(rows).toHaveLength(1);
		expect(rows[0].tokenHash).toBe(sha256(second.token));
		expect(JSON.stringify(rows)).not.toContain(second.token);

		await revokeCalendarFeed({ actor: member.actor, networkId: network.id, target: { scope: 'network' } });
		await expect(readCalendarFeed({ token: second.token, origin })).rejects.toMatchObject({ code: 'not_found' });
		await expect(readCalendarFeed({ token: 'pas-un-jeton', origin })).rejects.toMatchObject({ code: 'not_found' });
		await expect(readCalendarFeed({ token: 'x'.repeat(43), origin })).rejects.toMatchObject({ code: 'not_found' });
	});

	it('the page lists each feed as made or not, with when it was last read', async () => {
		const { network, member, cuisine } = await world();
		await db().insert(groupMembers).values({
			groupId: cuisine.id,
			networkId: network.id,
			accountId: member.id,
			status: 'active',
			joinedAt: now()
		});
		let lines = await listCalendarFeeds({ actor: member.actor, networkId: network.id });
		expect(lines.map((l) => [l.scope, l.groupName, l.active])).toEqual([
			['member', null, false],
			['network', null, false],
			['group', 'Cuisine', false]
		]);
		const { token } = await renewCalendarFeed({
			actor: member.actor,
			networkId: network.id,
			target: { scope: 'group', groupId: cuisine.id }
		});
		await readCalendarFeed({ token, origin });
		lines = await listCalendarFeeds({ actor: member.actor, networkId: network.id });
		const group = lines.find((l) => l.scope === 'group')!;
		expect(group.active).toBe(true);
		expect(group.lastReadAt).not.toBeNull();
		expect(JSON.stringify(lines)).not.toContain(token);
	});

	it('a member’s feed shows only the occurrences they hold a place for, and those they lead', async () => {
		const { network, coordinator, member, couture, libanaise, secret } = await world();
		const other = await createMember(network.id, { name: 'Karim Benali' });
		const [first, second, third] = couture.occurrences;
		await register(network.id, second.id, member.id);
		await register(network.id, third.id, member.id, 'waitlisted');
		await register(network.id, first.id, other.id);
		await register(network.id, secret.occurrences[0].id, member.id);
		await register(network.id, libanaise.occurrences[0].id, member.id, 'cancelled');
		await db()
			.insert(eventFacilitators)
			.values({ eventId: libanaise.event.id, networkId: network.id, accountId: coordinator.id });

		const { token } = await renewCalendarFeed({
			actor: member.actor,
			networkId: network.id,
			target: { scope: 'member' }
		});
		const { name, text } = await readCalendarFeed({ token, origin });
		expect(name).toBe('Mes inscriptions — Réseau des Lilas');
		const { uids, titles, vevents } = parse(text);
		expect(uids).toEqual([
			`occurrence-${second.id}@entrelien.example`,
			`occurrence-${secret.occurrences[0].id}@entrelien.example`
		]);
		expect(titles).toEqual(['Atelier couture', 'Séance réservée']);
		expect(vevents.every((v) => !v.hasProperty('rrule'))).toBe(true);
		expect(new ICAL.Event(vevents[0]).startDate.toJSDate()).toEqual(second.startsAt);
		expect(text).not.toContain(secret.event.linkToken!);

		const lead = await renewCalendarFeed({
			actor: coordinator.actor,
			networkId: network.id,
			target: { scope: 'member' }
		});
		expect(parse((await readCalendarFeed({ token: lead.token, origin })).text).titles).toEqual([
			'Journée découverte cuisine libanaise'
		]);
	});

	it('a group feed lists that group’s events only; a group of another network is refused', async () => {
		const { network, member, cuisine } = await world();
		const { token } = await renewCalendarFeed({
			actor: member.actor,
			networkId: network.id,
			target: { scope: 'group', groupId: cuisine.id }
		});
		const { name, text } = await readCalendarFeed({ token, origin });
		expect(name).toBe('Groupe Cuisine — Réseau des Lilas');
		expect(parse(text).titles).toEqual(['Journée découverte cuisine libanaise']);

		const elsewhere = await world();
		await expect(
			renewCalendarFeed({
				actor: member.actor,
				networkId: network.id,
				target: { scope: 'group', groupId: elsewhere.cuisine.id }
			})
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			renewCalendarFeed({
				actor: member.actor,
				networkId: network.id,
				target: { scope: 'group', groupId: 'pas-un-id' }
			})
		).rejects.toMatchObject({ code: 'not_found' });
		// The database refuses it too.
		await expect(
			db()
				.insert(calendarFeeds)
				.values({
					networkId: network.id,
					accountId: member.id,
					scope: 'group',
					groupId: elsewhere.cuisine.id,
					tokenHash: sha256('x')
				})
		).rejects.toThrow();
		await revokeCalendarFeed({
			actor: member.actor,
			networkId: network.id,
			target: { scope: 'group', groupId: 'pas-un-id' }
		});
	});

	it('another network’s token shows nothing of this network', async () => {
		const here = await world();
		const there = await createNetworkWithPeople({ name: 'Réseau du Parc' });
		for (const scope of ['network', 'member'] as const) {
			const { token } = await renewCalendarFeed({
				actor: there.member.actor,
				networkId: there.network.id,
				target: { scope }
			});
			const { text } = await readCalendarFeed({ token, origin });
			expect(parse(text).vevents).toHaveLength(0);
			expect(text).not.toContain(here.couture.event.id);
		}
		// A member of the other network cannot make a feed of this one.
		await expect(
			renewCalendarFeed({ actor: there.member.actor, networkId: here.network.id, target: { scope: 'network' } })
		).rejects.toMatchObject({ code: 'not_member' });
	});

	it('refuses the anonymous and the pending, and a feed dies with its owner’s membership', async () => {
		const { network, member } = await world();
		await expect(
			renewCalendarFeed({ actor: null, networkId: network.id, target: { scope: 'network' } })
		).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		const pending = await createMember(network.id, { status: 'pending' });
		await expect(
			renewCalendarFeed({ actor: await actorOf(pending.id), networkId: network.id, target: { scope: 'network' } })
		).rejects.toMatchObject({ code: 'membership_pending' });
		await expect(listCalendarFeeds({ actor: null, networkId: network.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});

		const { token } = await renewCalendarFeed({
			actor: member.actor,
			networkId: network.id,
			target: { scope: 'network' }
		});
		await db()
			.update(memberships)
			.set({ status: 'refused' })
			.where(and(eq(memberships.networkId, network.id), eq(memberships.accountId, member.id)));
		await expect(readCalendarFeed({ token, origin })).rejects.toMatchObject({ code: 'not_found' });
	});

	it('keeps past events for a while, then drops them', async () => {
		const { network, member } = await world();
		const { token } = await renewCalendarFeed({
			actor: member.actor,
			networkId: network.id,
			target: { scope: 'network' }
		});
		advanceClock(paris(2027, 7, 15, 12).getTime() - now().getTime());
		// 60 days back from 15 July: the series' last Tuesday (29 June) is in, the day of 15 May is out.
		expect(parse((await readCalendarFeed({ token, origin })).text).titles).toEqual(['Atelier couture']);
		advanceClock(120 * 86_400_000);
		expect(parse((await readCalendarFeed({ token, origin })).text).vevents).toHaveLength(0);
	});
});

describe('eventCalendar', () => {
	it('gives the whole series to a member, and a « with the link » event only with its key', async () => {
		const { network, member, coordinator, couture, secret } = await world();
		const { text, title } = await eventCalendar({
			actor: member.actor,
			networkId: network.id,
			eventId: couture.event.id,
			origin
		});
		expect(title).toBe('Atelier couture');
		expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T215959Z');
		expect(text).toContain(`UID:event-${couture.event.id}@entrelien.example`);
		// Moving one week raises the SEQUENCE, so a re-imported file replaces the old one.
		const sequence = (t: string) => Number(/SEQUENCE:(\d+)/.exec(t)![1]);
		await db()
			.update(eventOccurrences)
			.set({
				startsAt: paris(2027, 1, 14, 10),
				endsAt: paris(2027, 1, 14, 12),
				updatedAt: new Date(now().getTime() + 5 * 60_000)
			})
			.where(eq(eventOccurrences.id, couture.occurrences[1].id));
		const after = await eventCalendar({
			actor: member.actor,
			networkId: network.id,
			eventId: couture.event.id,
			origin
		});
		expect(sequence(after.text)).toBeGreaterThan(sequence(text));
		expect(after.text).toContain('RECURRENCE-ID;TZID=Europe/Paris:20270112T140000');

		const scope = { networkId: network.id, eventId: secret.event.id, origin };
		await expect(eventCalendar({ ...scope, actor: member.actor })).rejects.toMatchObject({ code: 'not_found' });
		await expect(eventCalendar({ ...scope, actor: member.actor, linkKey: 'mauvaise' })).rejects.toMatchObject({
			code: 'not_found'
		});
		expect(
			parse((await eventCalendar({ ...scope, actor: member.actor, linkKey: secret.event.linkToken! })).text).titles
		).toEqual(['Séance réservée']);
		await eventCalendar({ ...scope, actor: coordinator.actor });
	});

	it('refuses the anonymous, another network, and an unknown id', async () => {
		const { network, couture } = await world();
		const there = await createNetworkWithPeople();
		await expect(
			eventCalendar({ actor: null, networkId: network.id, eventId: couture.event.id, origin })
		).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(
			eventCalendar({ actor: there.member.actor, networkId: network.id, eventId: couture.event.id, origin })
		).rejects.toMatchObject({ code: 'not_member' });
		await expect(
			eventCalendar({ actor: there.member.actor, networkId: there.network.id, eventId: couture.event.id, origin })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			eventCalendar({ actor: there.member.actor, networkId: there.network.id, eventId: 'pas-un-id', origin })
		).rejects.toMatchObject({ code: 'not_found' });
	});
});

describe('feedTargetInput', () => {
	it('accepts the three scopes and refuses anything else', async () => {
		const { feedTargetInput } = await import('../../validation/calendars.ts');
		const id = '3f2b8c1e-8d4a-4c1e-9a1b-2c3d4e5f6a7b';
		expect(feedTargetInput.parse({ scope: 'network', groupId: id })).toEqual({ scope: 'network' });
		expect(feedTargetInput.parse({ scope: 'group', groupId: id })).toEqual({ scope: 'group', groupId: id });
		expect(feedTargetInput.safeParse({ scope: 'group', groupId: 'x' }).success).toBe(false);
		expect(feedTargetInput.safeParse({ scope: 'tout', groupId: '' }).success).toBe(false);
		expect(feedTargetInput.safeParse({}).success).toBe(false);
	});
});
