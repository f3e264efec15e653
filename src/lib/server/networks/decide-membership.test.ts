import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { emails, memberships } from '../db/schema/index.ts';
import { decideMembership } from './decide-membership.ts';

const origin = 'http://127.0.0.1:3000';

async function membership(networkId: string, accountId: string) {
	const [row] = await db()
		.select()
		.from(memberships)
		.where(and(eq(memberships.networkId, networkId), eq(memberships.accountId, accountId)));
	return row;
}

const emailsTo = (address: string) => db().select().from(emails).where(eq(emails.toAddress, address));

/** A network with its coordinator, a plain member, and someone whose request waits. */
async function withPendingRequest() {
	const people = await createNetworkWithPeople({ joinPolicy: 'approval' });
	const applicant = await createMember(people.network.id, { name: 'Djibril Camara', status: 'pending' });
	return { ...people, applicant };
}

describe('decideMembership', () => {
	it('accepts: the member becomes active, the decision is recorded, and they are emailed in French', async () => {
		const { network, coordinator, applicant } = await withPendingRequest();
		await decideMembership({
			actor: coordinator.actor,
			networkId: network.id,
			accountId: applicant.id,
			decision: 'accept',
			origin
		});

		const row = await membership(network.id, applicant.id);
		expect(row).toMatchObject({ status: 'active', decidedByAccountId: coordinator.id });
		expect(row.decidedAt).toBeInstanceOf(Date);

		const sent = await emailsTo(applicant.email!);
		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({ status: 'outbox', subject: `Bienvenue dans « ${network.name} »` });
		expect(sent[0].textBody).toContain('Djibril Camara');
		expect(sent[0].textBody).toContain(`${origin}/connexion`);
	});

	it('accepts a member without email without trying to email them', async () => {
		const { network, coordinator } = await withPendingRequest();
		const noEmail = await createMember(network.id, { email: null, status: 'pending' });
		const before = await db().$count(emails);
		await decideMembership({
			actor: coordinator.actor,
			networkId: network.id,
			accountId: noEmail.id,
			decision: 'accept',
			origin
		});
		expect((await membership(network.id, noEmail.id)).status).toBe('active');
		expect(await db().$count(emails)).toBe(before);
	});

	it('refuses: the membership is refused, the decision recorded, and no email is sent', async () => {
		const { network, coordinator, applicant } = await withPendingRequest();
		const before = await db().$count(emails);
		await decideMembership({
			actor: coordinator.actor,
			networkId: network.id,
			accountId: applicant.id,
			decision: 'refuse',
			origin
		});

		const row = await membership(network.id, applicant.id);
		expect(row).toMatchObject({ status: 'refused', decidedByAccountId: coordinator.id });
		expect(row.decidedAt).toBeInstanceOf(Date);
		expect(await emailsTo(applicant.email!)).toHaveLength(0);
		expect(await db().$count(emails)).toBe(before);
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a plain member', 'forbidden'],
		['the coordinator of another network', 'not_member']
	])('is refused to %s, and the request stays pending', async (who, code) => {
		const { network, member, applicant } = await withPendingRequest();
		const other = await createNetworkWithPeople();
		const actor = who === 'anonymous' ? null : who === 'a plain member' ? member.actor : other.coordinator.actor;

		for (const decision of ['accept', 'refuse'] as const) {
			await expect(
				decideMembership({ actor, networkId: network.id, accountId: applicant.id, decision, origin })
			).rejects.toMatchObject({ code });
		}
		const row = await membership(network.id, applicant.id);
		expect(row).toMatchObject({ status: 'pending', decidedAt: null, decidedByAccountId: null });
		expect(await emailsTo(applicant.email!)).toHaveLength(0);
	});

	it('is refused to a coordinator whose own membership is still pending', async () => {
		const { network, applicant } = await withPendingRequest();
		const pendingCoordinator = await createMember(network.id, { role: 'coordinator', status: 'pending' });
		await expect(
			decideMembership({
				actor: await actorOf(pendingCoordinator.id),
				networkId: network.id,
				accountId: applicant.id,
				decision: 'accept',
				origin
			})
		).rejects.toMatchObject({ code: 'membership_pending' });
		expect((await membership(network.id, applicant.id)).status).toBe('pending');
	});

	it('finds nothing to decide when the request belongs to another network, and leaves that request alone', async () => {
		const { network, coordinator } = await withPendingRequest();
		const other = await withPendingRequest();
		for (const decision of ['accept', 'refuse'] as const) {
			await expect(
				decideMembership({
					actor: coordinator.actor,
					networkId: network.id,
					accountId: other.applicant.id,
					decision,
					origin
				})
			).rejects.toMatchObject({ code: 'not_found' });
		}
		expect((await membership(other.network.id, other.applicant.id)).status).toBe('pending');
		expect(await membership(network.id, other.applicant.id)).toBeUndefined();
		expect(await emailsTo(other.applicant.email!)).toHaveLength(0);
	});

	it('finds nothing to decide for a member who is already active', async () => {
		const { network, coordinator, member } = await withPendingRequest();
		await expect(
			decideMembership({
				actor: coordinator.actor,
				networkId: network.id,
				accountId: member.id,
				decision: 'refuse',
				origin
			})
		).rejects.toMatchObject({ code: 'not_found' });
		expect((await membership(network.id, member.id)).status).toBe('active');
	});

	it.each(['accept', 'refuse'] as const)(
		'cannot decide twice: after %s, a second decision is not_found and changes nothing',
		async (first) => {
			const { network, coordinator, applicant } = await withPendingRequest();
			const second = await createMember(network.id, { role: 'coordinator', name: 'Rachida Benali' });
			await decideMembership({
				actor: coordinator.actor,
				networkId: network.id,
				accountId: applicant.id,
				decision: first,
				origin
			});
			const decided = await membership(network.id, applicant.id);
			const mailCount = (await emailsTo(applicant.email!)).length;

			for (const decision of ['accept', 'refuse'] as const) {
				await expect(
					decideMembership({
						actor: await actorOf(second.id),
						networkId: network.id,
						accountId: applicant.id,
						decision,
						origin
					})
				).rejects.toMatchObject({ code: 'not_found' });
			}
			expect(await membership(network.id, applicant.id)).toEqual(decided);
			expect(await emailsTo(applicant.email!)).toHaveLength(mailCount);
		}
	);
});
