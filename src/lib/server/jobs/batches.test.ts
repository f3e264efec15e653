import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, createNetworkWithPeople, createPost } from '../../../../tests/factories.ts';
import { now } from '../clock.ts';
import { loadConfig, useConfig } from '../config.ts';
import { db } from '../db/client.ts';
import { emails, posts } from '../db/schema/index.ts';
import { sendExpiryNotices } from '../posts/send-expiry-notices.ts';
import { inBatches, SWEEP_BATCH } from './batches.ts';

const DAY = 24 * 60 * 60 * 1000;

beforeAll(() => useConfig(loadConfig({ ORIGIN: 'https://entrelien.example.org' })));
afterAll(() => useConfig(undefined));

describe('inBatches', () => {
	it('asks for batches until one takes fewer rows than asked, within the limit', async () => {
		const asked: number[] = [];
		let left = 120;
		const take = async (size: number) => {
			asked.push(size);
			const taken = Math.min(size, left);
			left -= taken;
			return taken;
		};
		expect(await inBatches(500, take, 50)).toBe(120);
		expect(asked).toEqual([50, 50, 50]);

		asked.length = 0;
		left = 120;
		expect(await inBatches(70, take, 50)).toBe(70);
		expect(asked).toEqual([50, 20]);
	});

	it('lets waiting callbacks run between two batches', async () => {
		const order: string[] = [];
		let batch = 0;
		await inBatches(500, async (size) => {
			batch++;
			order.push(`batch ${batch}`);
			// A request's I/O callback, arriving while the first batch runs.
			if (batch === 1) setImmediate(() => order.push('request'));
			return batch < 3 ? size : 0;
		});
		expect(order).toEqual(['batch 1', 'request', 'batch 2', 'batch 3']);
	});
});

describe('a sweep over more than one batch', () => {
	it('handles every due post exactly once, even when two sweeps run at the same time', async () => {
		const { network } = await createNetworkWithPeople();
		const authors = await Promise.all([1, 2, 3].map(() => createMember(network.id)));
		const due = SWEEP_BATCH * 2 + 17;
		const soon = (i: number) => new Date(now().getTime() + 2 * DAY + i * 60_000);
		const ids: string[] = [];
		for (let i = 0; i < due; i++) {
			const post = await createPost(network.id, authors[i % 3].id, { title: `Annonce ${i}`, expiresAt: soon(i) });
			ids.push(post.id);
		}
		const notYet = await createPost(network.id, authors[0].id, { expiresAt: new Date(now().getTime() + 9 * DAY) });

		const [first, second] = await Promise.all([sendExpiryNotices(), sendExpiryNotices()]);
		expect(first + second).toBe(due);
		const sent = await db()
			.select({ to: emails.toAddress, subject: emails.subject })
			.from(emails)
			.where(
				inArray(
					emails.toAddress,
					authors.map((a) => a.email!)
				)
			);
		expect(sent).toHaveLength(due);
		// One email per post: every title once.
		const titles = new Set(sent.map((mail) => mail.subject));
		expect(titles.size).toBe(due);
		const marked = await db().select({ id: posts.id }).from(posts).where(inArray(posts.id, ids));
		expect(marked).toHaveLength(due);
		const [late] = await db().select().from(posts).where(eq(posts.id, notYet.id));
		expect(late.expiryNoticeSentAt).toBeNull();
		// Run again: nothing left to do.
		expect(await sendExpiryNotices()).toBe(0);
	});
});
