import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople, createPost } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { emails, notifications } from '../db/schema/index.ts';
import { answerPost, introduceMembers } from '../introductions/open-introduction.ts';
import { describeNotification } from './describe.ts';
import {
	listNotifications,
	markAllNotificationsRead,
	openNotification,
	unreadNotificationCount
} from './list-notifications.ts';
import { notify } from './notify.ts';
import { getPreferences, setPreferences, type Preferences } from './preferences.ts';
import { DEFAULT_DELIVERY } from './kinds.ts';

const emailsTo = (address: string) => db().select().from(emails).where(eq(emails.toAddress, address));
const rowsOf = (accountId: string) => db().select().from(notifications).where(eq(notifications.accountId, accountId));

async function thanks(networkId: string, accountId: string, name = 'Anne') {
	return db().transaction((tx) =>
		notify(tx, { networkId, accountId, kind: 'thanks', params: { name }, link: '/membres/moi' })
	);
}

describe('notify', () => {
	it('writes a line in the centre and, by default for things that concern the person, an email at once', async () => {
		const { network, member } = await createNetworkWithPeople();
		expect(await thanks(network.id, member.id, 'Fatou Diallo')).toBe(true);
		const [row] = await rowsOf(member.id);
		expect(row).toMatchObject({ kind: 'thanks', delivery: 'email', readAt: null, link: '/membres/moi' });
		expect(row.emailedAt).toEqual(expect.any(Date));
		const [mail] = await emailsTo(member.email!);
		expect(mail.subject).toBe(`Fatou Diallo vous dit merci — ${network.name}`);
		expect(mail.textBody).toContain(`Bonjour ${member.name}`);
		expect(mail.textBody).toContain('/membres/moi');
	});

	it('follows the person’s preference: digest or app only sends no email now', async () => {
		const { network, member } = await createNetworkWithPeople();
		const prefs: Preferences = { ...DEFAULT_DELIVERY, thanks: 'app', answer: 'digest' };
		await setPreferences({ actor: member.actor, preferences: prefs });
		await thanks(network.id, member.id);
		await db().transaction((tx) =>
			notify(tx, {
				networkId: network.id,
				accountId: member.id,
				kind: 'answer',
				params: { name: 'A', title: 'T' },
				link: '/annonces'
			})
		);
		expect((await rowsOf(member.id)).map((r) => [r.kind, r.delivery, r.emailedAt]).sort()).toEqual([
			['answer', 'digest', null],
			['thanks', 'app', null]
		]);
		expect(await emailsTo(member.email!)).toHaveLength(0);
	});

	it('never emails a member without email, and tells nobody who is not an active member', async () => {
		const { network } = await createNetworkWithPeople();
		const noEmail = await createMember(network.id, { email: null });
		const pending = await createMember(network.id, { status: 'pending' });
		expect(await thanks(network.id, noEmail.id)).toBe(true);
		expect((await rowsOf(noEmail.id))[0].emailedAt).toBeNull();
		expect(await thanks(network.id, pending.id)).toBe(false);
		expect(await rowsOf(pending.id)).toHaveLength(0);
		expect(await emailsTo(pending.email!)).toHaveLength(0);
	});

	it('writes the sentence in the reader’s language', () => {
		expect(describeNotification('match', { title: 'Réparer mon vélo' }, 'fr')).toBe(
			'Une nouvelle demande pourrait vous intéresser : « Réparer mon vélo »'
		);
		expect(describeNotification('answer', { name: 'Anne', title: 'Vélo' }, 'en')).toBe(
			'Anne answered your post “Vélo”'
		);
	});
});

describe('what tells people', () => {
	it('an answer tells the post’s author; a coordinator’s introduction tells everyone brought together', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const karim = await createMember(network.id, { name: 'Karim Benali' });
		const gerard = await createMember(network.id, { email: null, name: 'Gérard Moreau' });
		const post = await createPost(network.id, karim.id, { title: 'Réparer mon vélo' });

		await answerPost({ actor: member.actor, networkId: network.id, postId: post.id });
		const [answer] = await rowsOf(karim.id);
		expect(answer).toMatchObject({ kind: 'answer', link: `/annonces/${post.id}` });
		expect(answer.params).toEqual({ name: member.name, title: 'Réparer mon vélo' });

		await introduceMembers({
			actor: coordinator.actor,
			networkId: network.id,
			postId: post.id,
			accountIds: [gerard.id]
		});
		expect((await rowsOf(karim.id)).map((r) => r.kind).sort()).toEqual(['answer', 'introduction']);
		expect((await rowsOf(gerard.id)).map((r) => r.kind)).toEqual(['introduction']);
		expect(await rowsOf(member.id)).toHaveLength(0);
	});

	it('a refused answer tells nobody', async () => {
		const { network, member } = await createNetworkWithPeople();
		const post = await createPost(network.id, member.id);
		await expect(answerPost({ actor: member.actor, networkId: network.id, postId: post.id })).rejects.toMatchObject({
			code: 'own_post'
		});
		expect(await db().select().from(notifications).where(eq(notifications.networkId, network.id))).toEqual([]);
	});
});

describe('the notification centre', () => {
	it('lists my notifications of this network, newest first, counts the unread, opens and marks them read', async () => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		await createMember(other.network.id, { email: member.email! + '.x' });
		await thanks(network.id, member.id, 'Anne');
		await thanks(network.id, member.id, 'Bruno');
		await thanks(network.id, (await createMember(network.id)).id, 'Chloé');

		const list = await listNotifications({ actor: member.actor, networkId: network.id });
		expect(list.items.map((n) => n.params.name).sort()).toEqual(['Anne', 'Bruno']);
		expect(list.items.every((n) => n.unread)).toBe(true);
		expect(await unreadNotificationCount(member.id, network.id)).toBe(2);

		const link = await openNotification({ actor: member.actor, networkId: network.id, id: list.items[0].id });
		expect(link).toBe('/membres/moi');
		expect(await unreadNotificationCount(member.id, network.id)).toBe(1);
		const [first] = await db().select().from(notifications).where(eq(notifications.id, list.items[0].id));
		await openNotification({ actor: member.actor, networkId: network.id, id: list.items[0].id });
		const [again] = await db().select().from(notifications).where(eq(notifications.id, list.items[0].id));
		expect(again.readAt).toEqual(first.readAt);

		expect(await markAllNotificationsRead({ actor: member.actor, networkId: network.id })).toBe(1);
		expect(await unreadNotificationCount(member.id, network.id)).toBe(0);
	});

	it('pages by 30', async () => {
		const { network, member } = await createNetworkWithPeople();
		for (let i = 0; i < 31; i++) await thanks(network.id, member.id, `P${i}`);
		const first = await listNotifications({ actor: member.actor, networkId: network.id });
		const second = await listNotifications({ actor: member.actor, networkId: network.id, page: 2 });
		expect([first.items.length, first.hasMore, second.items.length, second.hasMore]).toEqual([30, true, 1, false]);
	});

	it('refuses visitors, someone else’s notification and another network', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		await thanks(network.id, member.id);
		const [mine] = await rowsOf(member.id);

		await expect(listNotifications({ actor: null, networkId: network.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(openNotification({ actor: null, networkId: network.id, id: mine.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		// Even a coordinator cannot open a member's notification.
		await expect(
			openNotification({ actor: coordinator.actor, networkId: network.id, id: mine.id })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			openNotification({ actor: other.member.actor, networkId: other.network.id, id: mine.id })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(listNotifications({ actor: other.member.actor, networkId: network.id })).rejects.toMatchObject({
			code: 'not_member'
		});
		await expect(
			openNotification({ actor: member.actor, networkId: network.id, id: 'pas-un-id' })
		).rejects.toMatchObject({
			code: 'not_found'
		});
		expect((await rowsOf(member.id))[0].readAt).toBeNull();
	});
});

describe('preferences', () => {
	it('start from the defaults, are saved all at once, and are the visitor’s own', async () => {
		const { member } = await createNetworkWithPeople();
		expect(await getPreferences({ actor: member.actor })).toEqual(DEFAULT_DELIVERY);
		const chosen: Preferences = {
			...DEFAULT_DELIVERY,
			match: 'email',
			answer: 'app',
			introduction: 'digest',
			exchange: 'email',
			thanks: 'app',
			message: 'digest'
		};
		await setPreferences({ actor: member.actor, preferences: chosen });
		expect(await getPreferences({ actor: await actorOf(member.id) })).toEqual(chosen);
		await expect(getPreferences({ actor: null })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(setPreferences({ actor: null, preferences: chosen })).rejects.toMatchObject({ code: 'not_logged_in' });
	});

	it('are refused by the database when a delivery is unknown, and nothing changes', async () => {
		const { member } = await createNetworkWithPeople();
		const bad = { ...DEFAULT_DELIVERY, thanks: 'pigeon' } as unknown as Preferences;
		await expect(setPreferences({ actor: member.actor, preferences: bad })).rejects.toThrow();
		expect(await getPreferences({ actor: member.actor })).toEqual(DEFAULT_DELIVERY);
	});
});
