import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	actorOf,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill
} from '../../../../tests/factories.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { exchangeLearners, exchanges, ledgerEntries, notifications } from '../db/schema/index.ts';
import { answerPost } from '../introductions/open-introduction.ts';
import { moveIntroduction } from '../introductions/move-introduction.ts';
import { parisDate } from '../../paris-time.ts';
import { addDays } from '../../validation/exchanges.ts';
import { answerExchange } from './answer-exchange.ts';
import { recordExchange } from './record-exchange.ts';
import { mergeSkills } from '../skills/merge-skills.ts';

/** Nadia shares plumbing; Karim and Léa learn. A coordinator and a plain member are there too. */
async function world() {
	const people = await createNetworkWithPeople();
	const { network } = people;
	const person = async (name: string, options: { email?: null } = {}) => {
		const account = await createMember(network.id, { name, ...options });
		return { ...account, actor: await actorOf(account.id) };
	};
	const nadia = await person('Nadia Haddad');
	const karim = await person('Karim Benali');
	const lea = await person('Léa Martin', { email: null });
	const plumbing = await createSkill(network.id, 'Plomberie', 'Bricolage & réparation');
	return { ...people, nadia, karim, lea, plumbing };
}

const today = () => parisDate(now());

async function exchangeRows(networkId: string) {
	return db().select().from(exchanges).where(eq(exchanges.networkId, networkId));
}

describe('recordExchange and answerExchange', () => {
	it('the sharer records, the learner confirms: the exchange counts, and the learner was told', async () => {
		const { network, nadia, karim, plumbing } = await world();
		const exchange = await recordExchange({
			actor: nadia.actor,
			networkId: network.id,
			sharerAccountId: nadia.id,
			learnerAccountIds: [karim.id],
			skillId: plumbing.id,
			occurredOn: today(),
			minutes: 90
		});
		expect(exchange).toMatchObject({ origin: 'sharer', sharerStatus: 'confirmed', confirmedAt: null, minutes: 90 });
		const told = await db().select().from(notifications).where(eq(notifications.accountId, karim.id));
		expect(told).toHaveLength(1);
		expect(told[0]).toMatchObject({ kind: 'exchange', link: '/echanges' });

		const answered = await answerExchange({
			actor: karim.actor,
			networkId: network.id,
			exchangeId: exchange.id,
			answer: 'confirm'
		});
		expect(answered.counted).toEqual([karim.id]);
		const [row] = await exchangeRows(network.id);
		expect(row.confirmedAt).toBeInstanceOf(Date);
		// Open reciprocity (the default): no ledger.
		expect(await db().select().from(ledgerEntries)).toHaveLength(0);
	});

	it('a learner records a group exchange; the sharer and the other learner confirm or decline their own part', async () => {
		const { network, nadia, karim, lea, plumbing } = await world();
		const exchange = await recordExchange({
			actor: karim.actor,
			networkId: network.id,
			sharerAccountId: nadia.id,
			learnerAccountIds: [karim.id, lea.id],
			skillId: plumbing.id,
			occurredOn: addDays(today(), -3),
			minutes: 60
		});
		expect(exchange).toMatchObject({ origin: 'learner', sharerStatus: 'pending' });
		await answerExchange({ actor: lea.actor, networkId: network.id, exchangeId: exchange.id, answer: 'decline' });
		const sharer = await answerExchange({
			actor: nadia.actor,
			networkId: network.id,
			exchangeId: exchange.id,
			answer: 'confirm'
		});
		// Karim confirmed when recording; Léa declined: only Karim's part counts.
		expect(sharer.counted).toEqual([karim.id]);
		const parts = await db().select().from(exchangeLearners).where(eq(exchangeLearners.exchangeId, exchange.id));
		expect(Object.fromEntries(parts.map((p) => [p.accountId, p.status]))).toEqual({
			[karim.id]: 'confirmed',
			[lea.id]: 'declined'
		});
		// An answer is given once.
		await expect(
			answerExchange({ actor: lea.actor, networkId: network.id, exchangeId: exchange.id, answer: 'confirm' })
		).rejects.toMatchObject({ code: 'exchange_already_answered' });
	});

	it('the sharer declines: nothing counts', async () => {
		const { network, nadia, karim, plumbing } = await world();
		const exchange = await recordExchange({
			actor: karim.actor,
			networkId: network.id,
			sharerAccountId: nadia.id,
			learnerAccountIds: [karim.id],
			skillId: plumbing.id,
			occurredOn: today(),
			minutes: 30
		});
		const declined = await answerExchange({
			actor: nadia.actor,
			networkId: network.id,
			exchangeId: exchange.id,
			answer: 'decline'
		});
		expect(declined.counted).toEqual([]);
		const [row] = await exchangeRows(network.id);
		expect(row).toMatchObject({ sharerStatus: 'declined', confirmedAt: null });
	});

	it('a coordinator enters an exchange for members (one without email), already confirmed', async () => {
		const { network, coordinator, nadia, lea, plumbing } = await world();
		const exchange = await recordExchange({
			actor: coordinator.actor,
			networkId: network.id,
			sharerAccountId: nadia.id,
			learnerAccountIds: [lea.id],
			skillId: plumbing.id,
			occurredOn: today(),
			minutes: 120
		});
		expect(exchange).toMatchObject({ origin: 'coordinator', sharerStatus: 'confirmed' });
		expect(exchange.confirmedAt).toBeInstanceOf(Date);
		const [part] = await db().select().from(exchangeLearners).where(eq(exchangeLearners.exchangeId, exchange.id));
		expect(part.status).toBe('confirmed');
		// Nobody is asked to confirm.
		expect(await db().select().from(notifications).where(eq(notifications.networkId, network.id))).toHaveLength(0);
	});

	it('a coordinator who takes part is a participant like anyone: the others confirm', async () => {
		const { network, coordinator, karim, plumbing } = await world();
		const exchange = await recordExchange({
			actor: coordinator.actor,
			networkId: network.id,
			sharerAccountId: coordinator.id,
			learnerAccountIds: [karim.id],
			skillId: plumbing.id,
			occurredOn: today(),
			minutes: 60
		});
		expect(exchange).toMatchObject({ origin: 'sharer', confirmedAt: null });
	});

	it('records from an introduction whose people met, and from its post', async () => {
		const { network, nadia, karim, plumbing } = await world();
		const post = await createPost(network.id, karim.id, { kind: 'request', skillIds: [plumbing.id] });
		const intro = await answerPost({ actor: nadia.actor, networkId: network.id, postId: post.id });
		const record = () =>
			recordExchange({
				actor: nadia.actor,
				networkId: network.id,
				sharerAccountId: nadia.id,
				learnerAccountIds: [karim.id],
				skillId: plumbing.id,
				occurredOn: today(),
				minutes: 45,
				postId: post.id,
				introductionId: intro.id
			});
		// Not before they met.
		await expect(record()).rejects.toMatchObject({ code: 'transition_refused' });
		await moveIntroduction({ actor: karim.actor, networkId: network.id, introductionId: intro.id, to: 'accepted' });
		await moveIntroduction({ actor: karim.actor, networkId: network.id, introductionId: intro.id, to: 'met' });
		const exchange = await record();
		expect(exchange).toMatchObject({ postId: post.id, introductionId: intro.id });
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['someone who was not there', 'forbidden'],
		['a member of another network', 'not_member']
	])('refuses %s, and nothing is saved', async (who, code) => {
		const { network, member, nadia, karim, plumbing } = await world();
		const other = await createNetworkWithPeople();
		const actor = who === 'anonymous' ? null : who === 'someone who was not there' ? member.actor : other.member.actor;
		await expect(
			recordExchange({
				actor,
				networkId: network.id,
				sharerAccountId: nadia.id,
				learnerAccountIds: [karim.id],
				skillId: plumbing.id,
				occurredOn: today(),
				minutes: 60
			})
		).rejects.toMatchObject({ code });
		expect(await exchangeRows(network.id)).toHaveLength(0);
	});

	it('refuses a learner or a skill of another network, and a pending member, saving nothing', async () => {
		const { network, coordinator, nadia, karim, plumbing } = await world();
		const other = await createNetworkWithPeople();
		const otherSkill = await createSkill(other.network.id, 'Plomberie', 'Bricolage & réparation');
		const pending = await createMember(network.id, { status: 'pending' });
		const base = {
			actor: nadia.actor,
			networkId: network.id,
			sharerAccountId: nadia.id,
			learnerAccountIds: [karim.id],
			skillId: plumbing.id,
			occurredOn: today(),
			minutes: 60
		};
		await expect(recordExchange({ ...base, learnerAccountIds: [other.member.id] })).rejects.toMatchObject({
			code: 'exchange_person_unknown',
			field: 'learnerAccountIds'
		});
		await expect(recordExchange({ ...base, learnerAccountIds: [pending.id] })).rejects.toMatchObject({
			code: 'exchange_person_unknown'
		});
		await expect(recordExchange({ ...base, skillId: otherSkill.id })).rejects.toMatchObject({
			code: 'skill_unknown'
		});
		// Even a coordinator cannot bring in someone of another network.
		await expect(
			recordExchange({ ...base, actor: coordinator.actor, sharerAccountId: other.member.id })
		).rejects.toMatchObject({ code: 'exchange_person_unknown', field: 'sharerAccountId' });
		expect(await exchangeRows(network.id)).toHaveLength(0);
	});

	it.each([
		['0 minutes', { minutes: 0 }, 'minutes'],
		['10 000 minutes', { minutes: 10_000 }, 'minutes'],
		['a date far in the future', { occurredOn: 'future' }, 'occurredOn'],
		['a date two years ago', { occurredOn: 'past' }, 'occurredOn'],
		['no learners', { learnerAccountIds: [] }, 'learnerAccountIds'],
		['the sharer as learner', { learnerAccountIds: ['self'] }, 'learnerAccountIds']
	])('refuses %s with the field named, and saves nothing', async (_, bad, field) => {
		const { network, nadia, karim, plumbing } = await world();
		const values: Record<string, unknown> = { ...bad };
		if (values.occurredOn === 'future') values.occurredOn = addDays(today(), 10);
		if (values.occurredOn === 'past') values.occurredOn = addDays(today(), -730);
		if (Array.isArray(values.learnerAccountIds) && values.learnerAccountIds[0] === 'self') {
			values.learnerAccountIds = [nadia.id, karim.id];
		}
		await expect(
			recordExchange({
				actor: nadia.actor,
				networkId: network.id,
				sharerAccountId: nadia.id,
				learnerAccountIds: [karim.id],
				skillId: plumbing.id,
				occurredOn: today(),
				minutes: 60,
				...values
			})
		).rejects.toMatchObject({ field });
		expect(await exchangeRows(network.id)).toHaveLength(0);
	});

	it('answers: only the people of the exchange, of this network', async () => {
		const { network, member, coordinator, nadia, karim, plumbing } = await world();
		const other = await createNetworkWithPeople();
		const exchange = await recordExchange({
			actor: nadia.actor,
			networkId: network.id,
			sharerAccountId: nadia.id,
			learnerAccountIds: [karim.id],
			skillId: plumbing.id,
			occurredOn: today(),
			minutes: 60
		});
		const answer = (actor: typeof member.actor | null, networkId = network.id) =>
			answerExchange({ actor, networkId, exchangeId: exchange.id, answer: 'confirm' });
		await expect(answer(null)).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(answer(member.actor)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(answer(coordinator.actor)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(answer(other.member.actor)).rejects.toMatchObject({ code: 'not_member' });
		await expect(answer(other.member.actor, other.network.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			answerExchange({ actor: karim.actor, networkId: network.id, exchangeId: 'nope', answer: 'confirm' })
		).rejects.toMatchObject({ code: 'not_found' });
		const [row] = await exchangeRows(network.id);
		expect(row.confirmedAt).toBeNull();
	});
});

describe('exchanges and skill merges', () => {
	it('a merged skill takes its exchanges with it', async () => {
		const { network, coordinator, nadia, karim, plumbing } = await world();
		const duplicate = await createSkill(network.id, 'Plomberie facile', 'Bricolage & réparation');
		const exchange = await recordExchange({
			actor: nadia.actor,
			networkId: network.id,
			sharerAccountId: nadia.id,
			learnerAccountIds: [karim.id],
			skillId: duplicate.id,
			occurredOn: today(),
			minutes: 60
		});
		await mergeSkills({
			actor: coordinator.actor,
			networkId: network.id,
			fromSkillId: duplicate.id,
			intoSkillId: plumbing.id
		});
		const [row] = await db().select().from(exchanges).where(eq(exchanges.id, exchange.id));
		expect(row.skillId).toBe(plumbing.id);
	});
});
