import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pollInputOf, pollWorld, slotFields } from '../../../../tests/poll-world.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { emails, eventOccurrences, events, notifications, pollParticipants, polls } from '../db/schema/index.ts';
import { pollAnswerInput, pollGuestAnswerInput } from '../../validation/polls.ts';
import { answerPoll } from './answer-poll.ts';
import { createPoll } from './create-poll.ts';
import { changeChosenSlot, finalisePoll } from './finalise-poll.ts';
import { getPoll } from './get-poll.ts';
import { getGuestAnswer, getPollByLink } from './get-poll-by-link.ts';
import { answerPollAsGuest, editGuestAnswer } from './guest-answer.ts';
import { listPolls } from './list-polls.ts';
import { closeOverduePolls, remindPollMembers } from './poll-sweeps.ts';
import { reopenPoll } from './reopen-poll.ts';
import { pollCalendar } from './poll-calendar.ts';

const HOUR = 3_600_000;
type World = Awaited<ReturnType<typeof pollWorld>>;

async function groupPoll(w: World, fields: Record<string, string> = {}) {
	return createPoll({
		actor: w.ana.actor,
		networkId: w.networkId,
		input: pollInputOf({ groupId: w.group.id, venueId: w.venue.id, ...fields })
	});
}

const answersFor = (slots: { id: string }[], values: string[]) =>
	pollAnswerInput.parse(Object.fromEntries(slots.map((s, i) => [`answer_${s.id}`, values[i]])));

async function slotsOf(w: World, pollId: string) {
	const page = await getPoll({ actor: w.ana.actor, networkId: w.networkId, pollId });
	return [...page.slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

describe('meeting polls: answers and the grid', () => {
	it('ranks slots by oui = 1 and si besoin = 0.5, ties by date, and lists who of the group has not answered', async () => {
		const w = await pollWorld();
		const poll = await groupPoll(w);
		const [first, second, third] = await slotsOf(w, poll.id);
		const all = [first, second, third];
		// first: 1 + 0.5 + 0 = 1.5; second: 0.5 + 1 + 0 = 1.5 (tie: first is earlier); third: 1 + 1 + 1 = 3
		await answerPoll({
			actor: w.ana.actor,
			networkId: w.networkId,
			pollId: poll.id,
			input: answersFor(all, ['yes', 'maybe', 'yes'])
		});
		await answerPoll({
			actor: w.leila.actor,
			networkId: w.networkId,
			pollId: poll.id,
			input: answersFor(all, ['maybe', 'yes', 'yes'])
		});
		const { secret } = await answerPollAsGuest({
			token: poll.linkToken,
			locale: 'fr',
			input: pollGuestAnswerInput.parse({
				name: 'Nadia (voisine)',
				[`answer_${first.id}`]: 'no',
				[`answer_${second.id}`]: 'no',
				[`answer_${third.id}`]: 'yes'
			})
		});
		expect(secret.length).toBeGreaterThan(20);

		const page = await getPoll({ actor: w.leila.actor, networkId: w.networkId, pollId: poll.id });
		expect(page.slots.map((s) => [s.id, s.score, s.yes, s.maybe, s.no])).toEqual([
			[third.id, 3, 3, 0, 0],
			[first.id, 1.5, 1, 1, 1],
			[second.id, 1.5, 1, 1, 1]
		]);
		expect(page.people.map((p) => [p.name, p.answers[third.id]])).toEqual([
			['Ana Martin', 'yes'],
			['Leila Benali', 'yes'],
			['Nadia (voisine)', 'yes']
		]);
		expect(page.notAnswered.map((p) => p.name)).toEqual(['Karim Diallo']);

		// Answering again replaces the answer (one per person and slot): Leila now says non to the best slot.
		await answerPoll({
			actor: w.leila.actor,
			networkId: w.networkId,
			pollId: poll.id,
			input: answersFor(all, ['maybe', 'yes', 'no'])
		});
		const again = await getPoll({ actor: w.karim.actor, networkId: w.networkId, pollId: poll.id });
		expect(again.slots.map((s) => [s.id, s.score])).toEqual([
			[third.id, 2],
			[first.id, 1.5],
			[second.id, 1.5]
		]);
		expect(again.people).toHaveLength(3);
		// The link's page gives counts, never names.
		const outside = await getPollByLink({ token: poll.linkToken });
		expect(outside.slots[0]).toMatchObject({ id: third.id, yes: 2, no: 1 });
		expect(JSON.stringify(outside)).not.toContain('Leila');
	});

	it('a guest changes their answer with their private link; another link is refused; their address gets it', async () => {
		const w = await pollWorld();
		const poll = await groupPoll(w);
		const [first] = await slotsOf(w, poll.id);
		const { secret } = await answerPollAsGuest({
			token: poll.linkToken,
			locale: 'fr',
			input: pollGuestAnswerInput.parse({ name: 'Nadia', email: 'nadia@exemple.org', [`answer_${first.id}`]: 'no' })
		});
		const mail = await db().select().from(emails).where(eq(emails.toAddress, 'nadia@exemple.org'));
		expect(mail).toHaveLength(1);
		expect(mail[0].textBody).toContain(`/sondages/lien/reponse/${secret}`);
		const [row] = await db().select().from(pollParticipants).where(eq(pollParticipants.pollId, poll.id));
		expect(row.guestTokenHash).not.toBe(secret);

		await editGuestAnswer({
			secret,
			input: pollGuestAnswerInput.parse({ name: 'Nadia B.', [`answer_${first.id}`]: 'yes', comment: 'Plutôt le soir' })
		});
		const mine = await getGuestAnswer({ secret });
		expect(mine.me).toMatchObject({ name: 'Nadia B.', comment: 'Plutôt le soir', answers: { [first.id]: 'yes' } });
		const input = pollGuestAnswerInput.parse({ name: 'Pirate', [`answer_${first.id}`]: 'no' });
		await expect(editGuestAnswer({ secret: poll.linkToken, input })).rejects.toMatchObject({ code: 'not_found' });
		await expect(editGuestAnswer({ secret: `${secret.slice(0, -2)}zz`, input })).rejects.toMatchObject({
			code: 'not_found'
		});
		expect((await getGuestAnswer({ secret })).me.answers[first.id]).toBe('yes');
	});
});

describe('meeting polls: finalising and reopening', () => {
	it('makes exactly one event even when two finalisations run at once, tells the participants, then moves and cancels it', async () => {
		const w = await pollWorld();
		const poll = await groupPoll(w);
		const [first, second] = await slotsOf(w, poll.id);
		await answerPoll({
			actor: w.leila.actor,
			networkId: w.networkId,
			pollId: poll.id,
			input: answersFor([first], ['yes'])
		});
		await answerPollAsGuest({
			token: poll.linkToken,
			locale: 'fr',
			input: pollGuestAnswerInput.parse({ name: 'Nadia', email: 'nadia2@exemple.org', [`answer_${first.id}`]: 'yes' })
		});
		const finalise = () =>
			finalisePoll({ actor: w.ana.actor, networkId: w.networkId, pollId: poll.id, slotId: first.id });
		const results = await Promise.allSettled([finalise(), finalise()]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'poll_already_chosen' } });
		const made = await db().select().from(events).where(eq(events.networkId, w.networkId));
		expect(made).toHaveLength(1);
		expect(made[0]).toMatchObject({
			title: 'Réunion de lancement',
			groupId: w.group.id,
			venueId: w.venue.id,
			audience: 'group'
		});
		const [closed] = await db().select().from(polls).where(eq(polls.id, poll.id));
		expect(closed).toMatchObject({ status: 'closed', chosenSlotId: first.id, eventId: made[0].id });
		const told = await db()
			.select()
			.from(notifications)
			.where(and(eq(notifications.accountId, w.leila.id), eq(notifications.kind, 'event')));
		expect(told.map((n) => (n.params as Record<string, string>).what)).toEqual(['poll_chosen']);
		expect(await db().select().from(emails).where(eq(emails.toAddress, 'nadia2@exemple.org'))).toHaveLength(2);
		await expect(
			answerPoll({ actor: w.karim.actor, networkId: w.networkId, pollId: poll.id, input: answersFor([first], ['yes']) })
		).rejects.toMatchObject({ code: 'poll_closed' });

		// Another slot: the same event moves there.
		await changeChosenSlot({ actor: w.ana.actor, networkId: w.networkId, pollId: poll.id, slotId: second.id });
		const [moved] = await db().select().from(eventOccurrences).where(eq(eventOccurrences.eventId, made[0].id));
		expect(moved.startsAt).toEqual(second.startsAt);

		// Reopening cancels the event and opens the poll; choosing again makes a new one.
		await reopenPoll({ actor: w.ana.actor, networkId: w.networkId, pollId: poll.id });
		const [cancelled] = await db().select().from(events).where(eq(events.id, made[0].id));
		expect(cancelled.cancelledAt).not.toBeNull();
		const [open] = await db().select().from(polls).where(eq(polls.id, poll.id));
		expect(open).toMatchObject({ status: 'open', chosenSlotId: null, eventId: null });
		const leilaTold = await db().select().from(notifications).where(eq(notifications.accountId, w.leila.id));
		expect(leilaTold.map((n) => (n.params as Record<string, string>).what)).toEqual([
			'poll_chosen',
			'poll_chosen',
			'poll_reopened'
		]);
		await finalisePoll({ actor: w.coordinator.actor, networkId: w.networkId, pollId: poll.id, slotId: second.id });
		const live = await db().select().from(events).where(eq(events.networkId, w.networkId));
		expect(live.filter((e) => e.cancelledAt === null)).toHaveLength(1);
	});

	it('closes at the deadline and reminds the silent group members once', async () => {
		const w = await pollWorld();
		const deadline = slotFields(9, 2)['slot9_day'] + 'T12:00';
		const poll = await groupPoll(w, { deadline });
		const [first] = await slotsOf(w, poll.id);
		await answerPoll({
			actor: w.leila.actor,
			networkId: w.networkId,
			pollId: poll.id,
			input: answersFor([first], ['yes'])
		});
		expect(await remindPollMembers()).toBe(0);
		advanceClock(40 * HOUR);
		await remindPollMembers();
		await remindPollMembers();
		const reminded = await db().select().from(notifications).where(eq(notifications.kind, 'event'));
		const whom = reminded
			.filter((n) => (n.params as Record<string, string>).what === 'poll_reminder')
			.map((n) => n.accountId)
			.sort();
		expect(whom).toEqual([w.ana.id, w.karim.id].sort());
		expect(await closeOverduePolls()).toBe(0);
		advanceClock(24 * HOUR);
		expect(await closeOverduePolls()).toBeGreaterThanOrEqual(1);
		const [closed] = await db().select().from(polls).where(eq(polls.id, poll.id));
		expect(closed.status).toBe('closed');
		await expect(
			answerPoll({ actor: w.karim.actor, networkId: w.networkId, pollId: poll.id, input: answersFor([first], ['no']) })
		).rejects.toMatchObject({ code: 'poll_closed' });
	});
});

describe('meeting polls: who may do what', () => {
	it('refuses visitors, members outside the group, another network and finalising someone else’s poll', async () => {
		const w = await pollWorld();
		const poll = await groupPoll(w);
		const [first] = await slotsOf(w, poll.id);
		const read = (actor: Parameters<typeof getPoll>[0]['actor'], networkId = w.networkId) =>
			getPoll({ actor, networkId, pollId: poll.id });
		await expect(read(null)).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(read(w.outsider.actor)).rejects.toMatchObject({ code: 'group_members_only' });
		await expect(read(w.other.member.actor, w.other.network.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(read(w.other.member.actor)).rejects.toMatchObject({ code: 'not_member' });
		expect((await read(w.coordinator.actor)).canManage).toBe(true);
		await expect(
			finalisePoll({ actor: w.leila.actor, networkId: w.networkId, pollId: poll.id, slotId: first.id })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			createPoll({
				actor: w.outsider.actor,
				networkId: w.networkId,
				input: pollInputOf({ groupId: w.group.id, venueId: w.venue.id })
			})
		).rejects.toMatchObject({ code: 'group_members_only' });
		await expect(
			createPoll({ actor: w.ana.actor, networkId: w.networkId, input: pollInputOf({ venueId: w.other.network.id }) })
		).rejects.toMatchObject({ code: 'event_venue_unknown' });
		expect((await listPolls({ actor: w.outsider.actor, networkId: w.networkId })).map((p) => p.id)).not.toContain(
			poll.id
		);
		expect((await listPolls({ actor: w.karim.actor, networkId: w.networkId })).map((p) => p.id)).toContain(poll.id);
		const unchanged = await db().select().from(events).where(eq(events.networkId, w.networkId));
		expect(unchanged).toHaveLength(0);
	});

	it('refuses bad input with a sentence per field and writes nothing', async () => {
		const w = await pollWorld();
		const { pollInput } = await import('../../validation/polls.ts');
		const base = { title: 'Réunion', venueId: w.venue.id };
		const codes = (fields: Record<string, string>) => {
			const r = pollInput.safeParse({ ...base, ...fields });
			return r.success ? [] : r.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
		};
		expect(codes({})).toEqual(['slot1_day:poll_no_slot']);
		expect(codes(slotFields(1, 3, '20:00', '18:00'))).toEqual(['slot1_end:evt_end_before_start']);
		const forty = Object.assign({}, ...Array.from({ length: 40 }, (_, i) => slotFields(i + 1, i + 1)));
		expect(codes(forty)).toEqual(['slot1_day:poll_too_many_slots']);
		expect(codes({ ...slotFields(1, 3), answer_x: 'peut-être' })).toEqual([]);
		const answer = pollAnswerInput.safeParse({ answer_abc: 'peut-être' });
		expect(answer.success ? [] : answer.error.issues.map((i) => i.message)).toEqual(['unknown_choice']);
		const longName = pollGuestAnswerInput.safeParse({ name: 'N'.repeat(81) });
		expect(longName.success ? [] : longName.error.issues.map((i) => `${String(i.path[0])}:${i.message}`)).toEqual([
			'name:too_long'
		]);
		await expect(
			createPoll({
				actor: w.ana.actor,
				networkId: w.networkId,
				input: pollInputOf({ venueId: w.venue.id, ...slotFields(1, -1) })
			})
		).rejects.toMatchObject({ code: 'poll_slot_past', field: 'slot1_day' });
		await expect(
			createPoll({
				actor: w.ana.actor,
				networkId: w.networkId,
				input: { ...pollInputOf({ venueId: w.venue.id }), slots: [] }
			})
		).rejects.toMatchObject({ code: 'poll_no_slot' });
		const poll = await groupPoll(w);
		await expect(
			answerPoll({
				actor: w.leila.actor,
				networkId: w.networkId,
				pollId: poll.id,
				input: { comment: '', answers: { [w.venue.id]: 'yes' } }
			})
		).rejects.toMatchObject({ code: 'invalid_input' });
		expect(await db().select().from(polls).where(eq(polls.networkId, w.networkId))).toHaveLength(1);
		expect(await db().select().from(pollParticipants).where(eq(pollParticipants.pollId, poll.id))).toHaveLength(0);
	});
});

describe('meeting polls: the chosen date as a calendar file', () => {
	it('is given on the poll’s link once decided, and not before', async () => {
		const w = await pollWorld();
		const poll = await groupPoll(w);
		const [first] = await slotsOf(w, poll.id);
		const origin = 'https://entrelien.exemple.org';
		await expect(pollCalendar({ token: poll.linkToken, origin })).rejects.toMatchObject({ code: 'not_found' });
		await finalisePoll({ actor: w.ana.actor, networkId: w.networkId, pollId: poll.id, slotId: first.id });
		const { title, text } = await pollCalendar({ token: poll.linkToken, origin });
		expect(title).toBe('Réunion de lancement');
		expect(text).toContain('SUMMARY:Réunion de lancement');
		expect(text).toContain(`${origin}/sondages/lien/${poll.linkToken}`);
		await expect(pollCalendar({ token: 'x'.repeat(24), origin })).rejects.toMatchObject({ code: 'not_found' });
	});
});
