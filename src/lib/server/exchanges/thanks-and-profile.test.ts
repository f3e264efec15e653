import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople, createSkill } from '../../../../tests/factories.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { exchangeThanks } from '../db/schema/index.ts';
import { updateReciprocitySettings } from '../networks/update-network-settings.ts';
import { parisDate } from '../../paris-time.ts';
import { answerExchange } from './answer-exchange.ts';
import { countAwaitingMyAnswer } from './count-awaiting.ts';
import { listMyExchanges } from './list-my-exchanges.ts';
import { memberExchanges } from './member-exchanges.ts';
import { recordExchange } from './record-exchange.ts';
import { setThanksVisibility } from './set-thanks-visibility.ts';
import { thankSharer } from './thank-sharer.ts';

async function world() {
	const people = await createNetworkWithPeople();
	const { network } = people;
	const person = async (name: string) => {
		const account = await createMember(network.id, { name });
		return { ...account, actor: await actorOf(account.id) };
	};
	const nadia = await person('Nadia Haddad');
	const karim = await person('Karim Benali');
	const lea = await person('Léa Martin');
	const plumbing = await createSkill(network.id, 'Plomberie', 'Bricolage & réparation');
	const exchange = await recordExchange({
		actor: nadia.actor,
		networkId: network.id,
		sharerAccountId: nadia.id,
		learnerAccountIds: [karim.id, lea.id],
		skillId: plumbing.id,
		occurredOn: parisDate(now()),
		minutes: 90
	});
	return { ...people, nadia, karim, lea, plumbing, exchange };
}

describe('thanks', () => {
	it('a learner thanks once, after confirming; the note shows on the sharer’s profile', async () => {
		const { network, nadia, karim, exchange } = await world();
		const thank = () =>
			thankSharer({ actor: karim.actor, networkId: network.id, exchangeId: exchange.id, message: 'Merci Nadia !' });
		await expect(thank()).rejects.toMatchObject({ code: 'exchange_not_confirmed' });
		await answerExchange({ actor: karim.actor, networkId: network.id, exchangeId: exchange.id, answer: 'confirm' });
		await thank();
		await expect(thank()).rejects.toMatchObject({ code: 'exchange_already_thanked' });
		const profile = await memberExchanges({ actor: karim.actor, networkId: network.id, accountId: nadia.id });
		expect(profile.thanks.map((t) => [t.name, t.message, t.skill])).toEqual([
			['Karim Benali', 'Merci Nadia !', 'Plomberie']
		]);
		expect(profile.canHideThanks).toBe(false);
	});

	it('refuses thanks from someone who was not a learner, from another network, anonymous, or empty', async () => {
		const { network, member, nadia, karim, exchange } = await world();
		const other = await createNetworkWithPeople();
		await answerExchange({ actor: karim.actor, networkId: network.id, exchangeId: exchange.id, answer: 'confirm' });
		const thank = (actor: typeof member.actor | null, message = 'Merci') =>
			thankSharer({ actor, networkId: network.id, exchangeId: exchange.id, message });
		await expect(thank(null)).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(thank(member.actor)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(thank(nadia.actor)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(thank(other.member.actor)).rejects.toMatchObject({ code: 'not_member' });
		await expect(thank(karim.actor, '   ')).rejects.toMatchObject({ code: 'invalid_input', field: 'message' });
		await expect(thank(karim.actor, 'm'.repeat(501))).rejects.toMatchObject({ code: 'invalid_input' });
		expect(await db().select().from(exchangeThanks).where(eq(exchangeThanks.networkId, network.id))).toHaveLength(0);
	});

	it('only the sharer hides a thank-you and shows it again', async () => {
		const { network, coordinator, nadia, karim, lea, exchange } = await world();
		await answerExchange({ actor: karim.actor, networkId: network.id, exchangeId: exchange.id, answer: 'confirm' });
		await thankSharer({ actor: karim.actor, networkId: network.id, exchangeId: exchange.id, message: 'Super' });
		const visibility = (actor: typeof nadia.actor | null, hidden: boolean) =>
			setThanksVisibility({
				actor,
				networkId: network.id,
				exchangeId: exchange.id,
				learnerAccountId: karim.id,
				hidden
			});
		for (const actor of [karim.actor, lea.actor, coordinator.actor]) {
			await expect(visibility(actor, true)).rejects.toMatchObject({ code: 'forbidden' });
		}
		await expect(visibility(null, true)).rejects.toMatchObject({ code: 'not_logged_in' });
		const seenBy = async (actor: typeof nadia.actor) =>
			(await memberExchanges({ actor, networkId: network.id, accountId: nadia.id })).thanks;
		expect(await seenBy(lea.actor)).toHaveLength(1);

		await visibility(nadia.actor, true);
		expect(await seenBy(lea.actor)).toHaveLength(0);
		// The sharer still sees it, marked hidden, to show it again.
		expect((await seenBy(nadia.actor)).map((t) => t.hidden)).toEqual([true]);
		await visibility(nadia.actor, false);
		expect(await seenBy(lea.actor)).toHaveLength(1);
	});
});

describe('the profile and the list of my exchanges', () => {
	it('counts what was shared and received, lists the latest, shows the balance only in time-bank mode', async () => {
		const { network, coordinator, nadia, karim, lea, exchange } = await world();
		await answerExchange({ actor: karim.actor, networkId: network.id, exchangeId: exchange.id, answer: 'confirm' });
		const of = async (accountId: string) => memberExchanges({ actor: lea.actor, networkId: network.id, accountId });
		const sharer = await of(nadia.id);
		expect(sharer).toMatchObject({ reciprocityMode: 'open', sharedCount: 1, receivedCount: 0, balanceMinutes: null });
		expect(sharer.shared.map((e) => [e.skill, e.minutes, e.people])).toEqual([['Plomberie', 90, ['Karim Benali']]]);
		const learner = await of(karim.id);
		expect(learner).toMatchObject({ sharedCount: 0, receivedCount: 1 });
		expect(learner.received.map((e) => [e.skill, e.people])).toEqual([['Plomberie', ['Nadia Haddad']]]);
		// Léa has not confirmed: nothing counts for her yet.
		expect(await of(lea.id)).toMatchObject({ receivedCount: 0 });

		const settings = {
			actor: coordinator.actor,
			networkId: network.id,
			timeMinBalanceMinutes: null,
			timeMaxBalanceMinutes: null
		};
		await updateReciprocitySettings({ ...settings, reciprocityMode: 'time_bank' });
		await answerExchange({ actor: lea.actor, networkId: network.id, exchangeId: exchange.id, answer: 'confirm' });
		expect(await of(nadia.id)).toMatchObject({ sharedCount: 1, balanceMinutes: 90 });
		expect(await of(lea.id)).toMatchObject({ receivedCount: 1, balanceMinutes: -90 });
		expect(await of(karim.id)).toMatchObject({ receivedCount: 1, balanceMinutes: 0 });

		await updateReciprocitySettings({ ...settings, reciprocityMode: 'gift' });
		expect(await of(nadia.id)).toMatchObject({ sharedCount: null, balanceMinutes: null });
		expect((await of(nadia.id)).shared).toHaveLength(1);
	});

	it('lists what waits for me, what waits for others, and the history', async () => {
		const { network, nadia, karim, lea, exchange } = await world();
		expect(await countAwaitingMyAnswer({ actor: karim.actor, networkId: network.id })).toBe(1);
		const karimList = await listMyExchanges({ actor: karim.actor, networkId: network.id });
		expect(karimList.awaiting.map((e) => [e.id, e.role, e.sharer.name])).toEqual([
			[exchange.id, 'learner', 'Nadia Haddad']
		]);
		const nadiaList = await listMyExchanges({ actor: nadia.actor, networkId: network.id });
		expect(nadiaList.waitingForOthers.map((e) => e.othersPending)).toEqual([['Karim Benali', 'Léa Martin']]);
		await answerExchange({ actor: karim.actor, networkId: network.id, exchangeId: exchange.id, answer: 'confirm' });
		await answerExchange({ actor: lea.actor, networkId: network.id, exchangeId: exchange.id, answer: 'decline' });
		const after = await listMyExchanges({ actor: karim.actor, networkId: network.id });
		expect(after.awaiting).toHaveLength(0);
		expect(after.history.map((e) => [e.counts, e.canThank])).toEqual([[true, true]]);
		expect(await countAwaitingMyAnswer({ actor: karim.actor, networkId: network.id })).toBe(0);
		// Someone else's list shows nothing of it.
		const other = await listMyExchanges({
			actor: (await createNetworkWithPeople()).member.actor,
			networkId: network.id
		}).catch((e) => e);
		expect(other).toMatchObject({ code: 'not_member' });
	});

	it('refuses the profile of a member of another network', async () => {
		const { network, karim } = await world();
		const other = await createNetworkWithPeople();
		await expect(
			memberExchanges({ actor: karim.actor, networkId: network.id, accountId: other.member.id })
		).rejects.toMatchObject({ code: 'not_found' });
	});
});
