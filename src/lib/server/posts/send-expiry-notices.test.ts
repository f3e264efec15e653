import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, createNetworkWithPeople, createPost as givenPost } from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { loadConfig, useConfig } from '../config.ts';
import { db } from '../db/client.ts';
import { emails, posts } from '../db/schema/index.ts';
import { runSweeps } from '../jobs/worker.ts';
import { renewPost } from './renew-post.ts';
import { sendExpiryNotices } from './send-expiry-notices.ts';

const DAY = 24 * 60 * 60 * 1000;
const origin = 'https://entrelien.example.org';
const emailsTo = (address: string) => db().select().from(emails).where(eq(emails.toAddress, address));
const row = async (id: string) => (await db().select().from(posts).where(eq(posts.id, id)))[0];

beforeAll(() => useConfig(loadConfig({ ORIGIN: origin })));
afterAll(() => useConfig(undefined));

describe('sendExpiryNotices', () => {
	it('emails the author once, 7 days before the expiry, in French, with the one-click link', async () => {
		const { network, member } = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id, { kind: 'request', title: 'Réparer mon vélo' });

		advanceClock(22 * DAY);
		await sendExpiryNotices();
		expect(await emailsTo(member.email!)).toHaveLength(0);
		expect((await row(post.id)).expiryNoticeSentAt).toBeNull();

		advanceClock(DAY + 60_000);
		await sendExpiryNotices();
		const sent = await emailsTo(member.email!);
		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({ subject: 'Votre annonce « Réparer mon vélo » sera bientôt hors ligne' });
		expect(sent[0].textBody).toContain(`Bonjour ${member.name}`);
		expect(sent[0].textBody).toContain(`Prolonger mon annonce : ${origin}/annonces/${post.id}/prolonger`);
		expect(sent[0].textBody).toContain(network.name);
		expect(sent[0].htmlBody).toContain(`href="${origin}/annonces/${post.id}/prolonger"`);
		expect((await row(post.id)).expiryNoticeSentAt).toEqual(expect.any(Date));

		advanceClock(DAY);
		await sendExpiryNotices();
		expect(await emailsTo(member.email!)).toHaveLength(1);
	});

	it('sends nothing for closed, fulfilled, already expired or distant posts', async () => {
		const { network, member } = await createNetworkWithPeople();
		const soon = new Date(now().getTime() + 3 * DAY);
		await givenPost(network.id, member.id, { status: 'closed', closedAt: now(), expiresAt: soon });
		await givenPost(network.id, member.id, { status: 'fulfilled', closedAt: now(), expiresAt: soon });
		await givenPost(network.id, member.id, { expiresAt: new Date(now().getTime() - DAY) });
		await givenPost(network.id, member.id, { expiresAt: new Date(now().getTime() + 8 * DAY) });
		await sendExpiryNotices({ origin });
		expect(await emailsTo(member.email!)).toHaveLength(0);
	});

	it('writes in the author’s language, and marks the notice sent for an author without email', async () => {
		const { network } = await createNetworkWithPeople();
		const english = await createMember(network.id, { name: 'Sofia Martin', locale: 'en' });
		const noEmail = await createMember(network.id, { email: null });
		const soon = new Date(now().getTime() + 6 * DAY);
		await givenPost(network.id, english.id, { title: 'Garden tools to lend', kind: 'offer', expiresAt: soon });
		const silent = await givenPost(network.id, noEmail.id, { expiresAt: soon });
		const before = await db().$count(emails);

		await sendExpiryNotices({ origin });
		const [mail] = await emailsTo(english.email!);
		expect(mail.subject).toBe('Your post “Garden tools to lend” will soon be offline');
		expect(mail.textBody).toContain('Hello Sofia Martin');
		expect(await db().$count(emails)).toBe(before + 1);
		expect((await row(silent.id)).expiryNoticeSentAt).toEqual(expect.any(Date));
	});

	it('sends a new notice before the new expiry once the post is prolonged', async () => {
		const { network, member } = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id, { kind: 'request' });
		advanceClock(24 * DAY);
		await sendExpiryNotices({ origin });
		await renewPost({ actor: member.actor, networkId: network.id, postId: post.id });
		await sendExpiryNotices({ origin });
		expect(await emailsTo(member.email!)).toHaveLength(1);

		advanceClock(30 * DAY);
		await sendExpiryNotices({ origin });
		expect(await emailsTo(member.email!)).toHaveLength(2);
	});

	it('sends each notice once when several workers sweep at the same time', async () => {
		const { network, member } = await createNetworkWithPeople();
		const soon = new Date(now().getTime() + 2 * DAY);
		for (let i = 0; i < 6; i++) await givenPost(network.id, member.id, { expiresAt: soon, title: `Annonce ${i}` });
		const handled = await Promise.all([sendExpiryNotices({ origin }), sendExpiryNotices({ origin })]);
		expect(handled[0] + handled[1]).toBe(6);
		expect(await emailsTo(member.email!)).toHaveLength(6);
	});

	it('is one of the job worker’s periodic sweeps', async () => {
		const { network, member } = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id, { expiresAt: new Date(now().getTime() + DAY) });
		await runSweeps();
		expect((await row(post.id)).expiryNoticeSentAt).toEqual(expect.any(Date));
		expect(await emailsTo(member.email!)).toHaveLength(1);
	});

	it('falls back on this server’s address when no ORIGIN is configured', async () => {
		useConfig(loadConfig({ PORT: '4173' }));
		try {
			const { network, member } = await createNetworkWithPeople();
			const post = await givenPost(network.id, member.id, { expiresAt: new Date(now().getTime() + DAY) });
			await sendExpiryNotices();
			const [mail] = await emailsTo(member.email!);
			expect(mail.textBody).toContain(`http://localhost:4173/annonces/${post.id}/prolonger`);
		} finally {
			useConfig(loadConfig({ ORIGIN: origin }));
		}
	});
});
