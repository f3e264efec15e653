import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetwork, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { emails, memberships } from '../db/schema/index.ts';
import { joinNetwork } from './join-network.ts';

const origin = 'http://127.0.0.1:3000';

async function membership(networkId: string, accountId: string) {
	const [row] = await db()
		.select()
		.from(memberships)
		.where(and(eq(memberships.networkId, networkId), eq(memberships.accountId, accountId)));
	return row;
}

const emailsTo = (address: string) => db().select().from(emails).where(eq(emails.toAddress, address));

describe('joinNetwork', () => {
	it('puts a member of network A on the waiting list of an approval network B, and tells B’s coordinators', async () => {
		const a = await createNetworkWithPeople();
		const b = await createNetworkWithPeople({ joinPolicy: 'approval' });

		const result = await joinNetwork({ actor: a.member.actor, networkSlug: b.network.slug, origin });

		expect(result).toEqual({ networkId: b.network.id, status: 'pending' });
		expect(await membership(b.network.id, a.member.id)).toMatchObject({
			role: 'member',
			status: 'pending',
			decidedAt: null
		});
		expect(await membership(a.network.id, a.member.id)).toMatchObject({ status: 'active' });
		const sent = await emailsTo(b.coordinator.email!);
		expect(sent).toHaveLength(1);
		expect(sent[0].subject).toBe(`Nouvelle demande pour rejoindre « ${b.network.name} »`);
		expect(sent[0].textBody).toContain(a.member.name);
		expect(await emailsTo(a.coordinator.email!)).toHaveLength(0);
	});

	it('makes a member of network A an active member of an open network B at once, with no email', async () => {
		const a = await createNetworkWithPeople();
		const b = await createNetworkWithPeople({ joinPolicy: 'open' });

		const result = await joinNetwork({ actor: a.member.actor, networkSlug: b.network.slug, origin });

		expect(result).toEqual({ networkId: b.network.id, status: 'active' });
		const row = await membership(b.network.id, a.member.id);
		expect(row).toMatchObject({ role: 'member', status: 'active' });
		expect(row.decidedAt).toBeInstanceOf(Date);
		expect(await emailsTo(b.coordinator.email!)).toHaveLength(0);
	});

	it('keeps the role of the joiner to member, even for a coordinator of network A', async () => {
		const a = await createNetworkWithPeople();
		const b = await createNetwork({ joinPolicy: 'open' });
		await joinNetwork({ actor: a.coordinator.actor, networkSlug: b.slug, origin });
		expect(await membership(b.id, a.coordinator.id)).toMatchObject({ role: 'member', status: 'active' });
	});

	it.each(['open', 'approval'] as const)(
		'refuses to join an %s network twice (already_member) and writes nothing more',
		async (joinPolicy) => {
			const a = await createNetworkWithPeople();
			const b = await createNetworkWithPeople({ joinPolicy });
			await joinNetwork({ actor: a.member.actor, networkSlug: b.network.slug, origin });
			const first = await membership(b.network.id, a.member.id);
			const mails = await db().$count(emails);

			const reloaded = await actorOf(a.member.id);
			await expect(joinNetwork({ actor: reloaded, networkSlug: b.network.slug, origin })).rejects.toMatchObject({
				code: 'already_member'
			});
			expect(await membership(b.network.id, a.member.id)).toEqual(first);
			expect(await db().$count(emails)).toBe(mails);
		}
	);

	it('refuses a network one is already in, whatever the status there', async () => {
		const b = await createNetworkWithPeople();
		const refused = await createMember(b.network.id, { status: 'refused' });
		await expect(joinNetwork({ actor: b.member.actor, networkSlug: b.network.slug, origin })).rejects.toMatchObject({
			code: 'already_member'
		});
		await expect(
			joinNetwork({ actor: await actorOf(refused.id), networkSlug: b.network.slug, origin })
		).rejects.toMatchObject({
			code: 'already_member'
		});
		expect((await membership(b.network.id, refused.id)).status).toBe('refused');
	});

	it('answers already_member to a double submission (two requests with the same session), keeping one membership', async () => {
		const a = await createNetworkWithPeople();
		const b = await createNetworkWithPeople({ joinPolicy: 'approval' });
		// Both requests loaded the actor before either wrote: the database must settle it, with a clear error.
		const results = await Promise.allSettled([
			joinNetwork({ actor: a.member.actor, networkSlug: b.network.slug, origin }),
			joinNetwork({ actor: a.member.actor, networkSlug: b.network.slug, origin })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(rejected.reason).toMatchObject({ code: 'already_member' });
		expect(
			await db().$count(
				memberships,
				and(eq(memberships.networkId, b.network.id), eq(memberships.accountId, a.member.id))
			)
		).toBe(1);
		expect(await emailsTo(b.coordinator.email!)).toHaveLength(1);
	});

	it('refuses anonymous visitors (not_logged_in)', async () => {
		const b = await createNetwork({ joinPolicy: 'open' });
		const before = await db().$count(memberships, eq(memberships.networkId, b.id));
		await expect(joinNetwork({ actor: null, networkSlug: b.slug, origin })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		expect(await db().$count(memberships, eq(memberships.networkId, b.id))).toBe(before);
	});

	it('refuses a network that does not exist', async () => {
		const a = await createNetworkWithPeople();
		await expect(joinNetwork({ actor: a.member.actor, networkSlug: 'nulle-part', origin })).rejects.toMatchObject({
			code: 'network_unknown'
		});
		expect(await db().$count(memberships, eq(memberships.accountId, a.member.id))).toBe(1);
	});
});
