import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople, createSkill } from '../../../../tests/factories.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { hasSqlState } from '../db/errors.ts';
import { sqlStates } from '../db/sql-states.ts';
import { exchanges, ledgerEntries, timeBalances } from '../db/schema/index.ts';
import { updateReciprocitySettings } from '../networks/update-network-settings.ts';
import { parisDate } from '../../paris-time.ts';
import { answerExchange } from './answer-exchange.ts';
import { recordExchange } from './record-exchange.ts';

type Limits = { min?: number | null; max?: number | null };

async function timeBank(limits: Limits = {}, people = 4) {
	const base = await createNetworkWithPeople();
	const { network, coordinator } = base;
	await updateReciprocitySettings({
		actor: coordinator.actor,
		networkId: network.id,
		reciprocityMode: 'time_bank',
		timeMinBalanceMinutes: limits.min ?? null,
		timeMaxBalanceMinutes: limits.max ?? null
	});
	const members = [];
	for (let i = 0; i < people; i++) {
		const account = await createMember(network.id);
		members.push({ ...account, actor: await actorOf(account.id) });
	}
	const skill = await createSkill(network.id, 'Cuisine libanaise', 'Cuisine');
	return { ...base, members, skill };
}

async function balances(networkId: string) {
	const rows = await db().select().from(timeBalances).where(eq(timeBalances.networkId, networkId));
	return Object.fromEntries(rows.map((r) => [r.accountId, r.minutes]));
}

async function networkSum(networkId: string) {
	const [row] = await sqlRows<{ entries: string | null; balances: string | null }>(
		db(),
		sql`select (select sum(minutes) from ledger_entries where network_id = ${networkId}) as entries,
			(select sum(minutes) from time_balances where network_id = ${networkId}) as balances`
	);
	return { entries: Number(row.entries ?? 0), balances: Number(row.balances ?? 0) };
}

const today = () => parisDate(now());

describe('the time bank', () => {
	it('moves the duration from each learner to the sharer once both sides confirmed', async () => {
		const { network, members, skill } = await timeBank();
		const [sharer, a, b] = members;
		const exchange = await recordExchange({
			actor: sharer.actor,
			networkId: network.id,
			sharerAccountId: sharer.id,
			learnerAccountIds: [a.id, b.id],
			skillId: skill.id,
			occurredOn: today(),
			minutes: 90
		});
		expect(await balances(network.id)).toEqual({});
		await answerExchange({ actor: a.actor, networkId: network.id, exchangeId: exchange.id, answer: 'confirm' });
		expect(await balances(network.id)).toEqual({ [sharer.id]: 90, [a.id]: -90 });
		await answerExchange({ actor: b.actor, networkId: network.id, exchangeId: exchange.id, answer: 'confirm' });
		// A group exchange: each learner gives the duration; the sharer receives it once per learner.
		expect(await balances(network.id)).toEqual({ [sharer.id]: 180, [a.id]: -90, [b.id]: -90 });
		expect(await networkSum(network.id)).toEqual({ entries: 0, balances: 0 });
	});

	it('keeps the sum of all entries at zero after many exchanges, and the balances equal to the entries', async () => {
		const { network, coordinator, members, skill } = await timeBank({}, 6);
		for (let i = 0; i < 24; i++) {
			const sharer = members[i % members.length];
			const learners = [members[(i + 1) % members.length], members[(i + 2 + (i % 3)) % members.length]].filter(
				(l, k, all) => l.id !== sharer.id && all.findIndex((x) => x.id === l.id) === k
			);
			await recordExchange({
				actor: coordinator.actor,
				networkId: network.id,
				sharerAccountId: sharer.id,
				learnerAccountIds: learners.map((l) => l.id),
				skillId: skill.id,
				occurredOn: today(),
				minutes: 15 * (1 + (i % 8))
			});
		}
		expect(await networkSum(network.id)).toEqual({ entries: 0, balances: 0 });
		const fromEntries = await sqlRows<{ account_id: string; total: string }>(
			db(),
			sql`select account_id, sum(minutes) as total from ledger_entries where network_id = ${network.id} group by account_id`
		);
		const held = await balances(network.id);
		for (const row of fromEntries) expect(held[row.account_id]).toBe(Number(row.total));
	});

	it('the database refuses entries that do not add up to zero, or that are changed', async () => {
		const { network, coordinator, members, skill } = await timeBank();
		const [sharer, learner] = members;
		const exchange = await recordExchange({
			actor: coordinator.actor,
			networkId: network.id,
			sharerAccountId: sharer.id,
			learnerAccountIds: [learner.id],
			skillId: skill.id,
			occurredOn: today(),
			minutes: 60
		});
		const lone = db().transaction(async (tx) => {
			await tx.delete(ledgerEntries).where(eq(ledgerEntries.accountId, sharer.id));
		});
		expect(hasSqlState(await lone.catch((e) => e), sqlStates.ledgerUnbalanced)).toBe(true);
		const changed = db().update(ledgerEntries).set({ minutes: -30 }).where(eq(ledgerEntries.accountId, learner.id));
		expect(hasSqlState(await changed.catch((e) => e), sqlStates.ledgerEntryChanged)).toBe(true);
		const entry = (exchangeId: string) =>
			db().insert(ledgerEntries).values({
				networkId: network.id,
				exchangeId,
				learnerAccountId: learner.id,
				accountId: learner.id,
				minutes: -60
			});
		// Each part is paid once…
		expect(hasSqlState(await entry(exchange.id).catch((e) => e), '23505')).toBe(true);
		// …and only once both sides confirmed it.
		const pending = await recordExchange({
			actor: sharer.actor,
			networkId: network.id,
			sharerAccountId: sharer.id,
			learnerAccountIds: [learner.id],
			skillId: skill.id,
			occurredOn: today(),
			minutes: 60
		});
		expect(hasSqlState(await entry(pending.id).catch((e) => e), sqlStates.ledgerWithoutConfirmedPart)).toBe(true);
		expect(await balances(network.id)).toEqual({ [sharer.id]: 60, [learner.id]: -60 });
	});

	it('lets exactly as many of 10 simultaneous confirmations through as the lower limit allows', async () => {
		// A learner may go down to −2 h; ten 1-hour exchanges, recorded by ten sharers, confirmed all at once.
		const { network, members, skill } = await timeBank({ min: -120 }, 11);
		const [learner, ...sharers] = members;
		const recorded = [];
		for (const sharer of sharers) {
			recorded.push(
				await recordExchange({
					actor: sharer.actor,
					networkId: network.id,
					sharerAccountId: sharer.id,
					learnerAccountIds: [learner.id],
					skillId: skill.id,
					occurredOn: today(),
					minutes: 60
				})
			);
		}
		const results = await Promise.allSettled(
			recorded.map((e) =>
				answerExchange({ actor: learner.actor, networkId: network.id, exchangeId: e.id, answer: 'confirm' })
			)
		);
		const ok = results.filter((r) => r.status === 'fulfilled');
		const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
		expect(ok).toHaveLength(2);
		expect(refused).toHaveLength(8);
		for (const reason of refused) expect(reason).toMatchObject({ code: 'exchange_below_limit' });
		expect((await balances(network.id))[learner.id]).toBe(-120);
		expect(await networkSum(network.id)).toEqual({ entries: 0, balances: 0 });
		// The refused ones still wait for the learner: nothing of them was saved.
		const counted = await db().select().from(exchanges).where(eq(exchanges.networkId, network.id));
		expect(counted.filter((e) => e.confirmedAt !== null)).toHaveLength(2);
	});

	it('the same when one sharer confirms many exchanges whose learners are near their limit, all at once', async () => {
		// The upper limit: the sharer may hold 3 h at most; ten learners confirmed first, the sharer confirms all.
		const { network, members, skill } = await timeBank({ max: 180 }, 11);
		const [sharer, ...learners] = members;
		const recorded = [];
		for (const learner of learners) {
			recorded.push(
				await recordExchange({
					actor: learner.actor,
					networkId: network.id,
					sharerAccountId: sharer.id,
					learnerAccountIds: [learner.id],
					skillId: skill.id,
					occurredOn: today(),
					minutes: 60
				})
			);
		}
		const results = await Promise.allSettled(
			recorded.map((e) =>
				answerExchange({ actor: sharer.actor, networkId: network.id, exchangeId: e.id, answer: 'confirm' })
			)
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
		for (const r of results)
			if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'exchange_above_limit' });
		expect((await balances(network.id))[sharer.id]).toBe(180);
		expect(await networkSum(network.id)).toEqual({ entries: 0, balances: 0 });
	});

	it('switching mode keeps the history: exchanges stay, balances freeze, and the ledger moves only in time-bank mode', async () => {
		const { network, coordinator, members, skill } = await timeBank();
		const [sharer, learner] = members;
		const record = () =>
			recordExchange({
				actor: coordinator.actor,
				networkId: network.id,
				sharerAccountId: sharer.id,
				learnerAccountIds: [learner.id],
				skillId: skill.id,
				occurredOn: today(),
				minutes: 60
			});
		const switchTo = (reciprocityMode: 'open' | 'time_bank' | 'gift') =>
			updateReciprocitySettings({
				actor: coordinator.actor,
				networkId: network.id,
				reciprocityMode,
				timeMinBalanceMinutes: null,
				timeMaxBalanceMinutes: null
			});
		await record();
		await record();
		expect(await balances(network.id)).toEqual({ [sharer.id]: 120, [learner.id]: -120 });
		await switchTo('open');
		await record();
		expect(await balances(network.id)).toEqual({ [sharer.id]: 120, [learner.id]: -120 });
		await switchTo('time_bank');
		expect(await balances(network.id)).toEqual({ [sharer.id]: 120, [learner.id]: -120 });
		const rows = await db().select().from(exchanges).where(eq(exchanges.networkId, network.id));
		expect(rows.filter((r) => r.confirmedAt !== null)).toHaveLength(3);
		await record();
		expect(await balances(network.id)).toEqual({ [sharer.id]: 180, [learner.id]: -180 });
	});
});
