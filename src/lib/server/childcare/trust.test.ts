// Trusted carers (decision 032): a coordinator records meeting a member, optionally with two members who vouch;
// suspends with a reason and restores; the history is kept; a member reads only their own status.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { childcareWorld } from '../../../../tests/childcare-world.ts';
import { createNetworkWithPeople } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { auditLog, childcareCarerHistory, childcareCarers } from '../db/schema/index.ts';
import { listCarers } from './list-carers.ts';
import { myCarerStatus } from './my-carer-status.ts';
import { recordCarerMeeting } from './record-meeting.ts';
import { restoreCarer, suspendCarer } from './set-carer-status.ts';

const refusal = (p: Promise<unknown>) =>
	p.then(
		() => 'no refusal',
		(e: { code?: string }) => e.code ?? String(e)
	);

describe('trusted carers', () => {
	it('records a meeting with two members who vouch, then suspends and restores, keeping the history', async () => {
		const w = await childcareWorld();
		const karim = w.karim;
		expect(await myCarerStatus({ actor: karim.actor, networkId: w.networkId })).toEqual({ status: 'none' });
		await recordCarerMeeting({
			actor: w.coordinator.actor,
			networkId: w.networkId,
			accountId: karim.id,
			metOn: '2026-11-30',
			voucher1AccountId: w.fatou.id,
			voucher2AccountId: w.samira.id
		});
		expect(await myCarerStatus({ actor: karim.actor, networkId: w.networkId })).toEqual({
			status: 'active',
			reason: ''
		});
		await suspendCarer({
			actor: w.coordinator.actor,
			networkId: w.networkId,
			accountId: karim.id,
			reason: 'Absent deux fois'
		});
		expect(await myCarerStatus({ actor: karim.actor, networkId: w.networkId })).toEqual({
			status: 'suspended',
			reason: 'Absent deux fois'
		});
		await restoreCarer({ actor: w.coordinator.actor, networkId: w.networkId, accountId: karim.id });
		expect((await myCarerStatus({ actor: karim.actor, networkId: w.networkId })).status).toBe('active');

		const page = await listCarers({ actor: w.coordinator.actor, networkId: w.networkId });
		const row = page.carers.find((c) => c.accountId === karim.id)!;
		expect(row.status).toBe('active');
		expect(row.history.map((h) => h.event)).toEqual(['restored', 'suspended', 'met']);
		expect(row.history[2]).toMatchObject({ metOn: '2026-11-30', voucher1: w.fatou.name, voucher2: w.samira.name });
		expect(page.carers.map((c) => [c.name, c.status])).toEqual(
			expect.arrayContaining([
				[w.fatou.name, 'active'],
				[w.paul.name, 'suspended']
			])
		);
		const actions = await db()
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(eq(auditLog.subjectAccountId, karim.id));
		expect(actions.map((a) => a.action).sort()).toEqual(['carer_met', 'carer_restored', 'carer_suspended']);
	});

	it('refuses vouchers who are the member, twice the same, or not active members, and writes nothing', async () => {
		const w = await childcareWorld();
		const other = await createNetworkWithPeople();
		const before = await db().$count(childcareCarerHistory);
		const meet = (voucher1AccountId: string | null, voucher2AccountId: string | null, metOn = '2026-11-30') =>
			refusal(
				recordCarerMeeting({
					actor: w.coordinator.actor,
					networkId: w.networkId,
					accountId: w.karim.id,
					metOn,
					voucher1AccountId,
					voucher2AccountId
				})
			);
		expect(await meet(w.karim.id, null)).toBe('care_voucher_unknown');
		expect(await meet(w.fatou.id, w.fatou.id)).toBe('care_voucher_unknown');
		expect(await meet(other.member.id, null)).toBe('care_voucher_unknown');
		expect(await meet(null, null, '2099-01-01')).toBe('invalid_input');
		expect(await db().$count(childcareCarerHistory)).toBe(before);
		expect(await db().$count(childcareCarers, eq(childcareCarers.accountId, w.karim.id))).toBe(0);
	});

	it('lets only the network’s coordinators manage trust: anonymous, member, carer, another network refused', async () => {
		const w = await childcareWorld();
		const other = await createNetworkWithPeople();
		const meet = (actor: typeof w.karim.actor | null, accountId = w.karim.id) =>
			refusal(
				recordCarerMeeting({
					actor,
					networkId: w.networkId,
					accountId,
					metOn: '2026-11-30',
					voucher1AccountId: null,
					voucher2AccountId: null
				})
			);
		expect(await meet(null)).toBe('not_logged_in');
		expect(await meet(w.samira.actor)).toBe('forbidden');
		expect(await meet(w.fatou.actor)).toBe('forbidden');
		expect(await meet(other.coordinator.actor)).toBe('not_member');
		// A member of another network cannot be made a carer here.
		expect(await meet(w.coordinator.actor, other.member.id)).toBe('care_member_unknown');
		expect(
			await refusal(suspendCarer({ actor: w.fatou.actor, networkId: w.networkId, accountId: w.paul.id, reason: 'x' }))
		).toBe('forbidden');
		expect(await refusal(restoreCarer({ actor: w.samira.actor, networkId: w.networkId, accountId: w.paul.id }))).toBe(
			'forbidden'
		);
		expect(await refusal(listCarers({ actor: w.fatou.actor, networkId: w.networkId }))).toBe('forbidden');
		// Restoring someone who is not suspended, or suspending someone never met, is refused.
		expect(
			await refusal(restoreCarer({ actor: w.coordinator.actor, networkId: w.networkId, accountId: w.fatou.id }))
		).toBe('care_not_trusted');
		expect(
			await refusal(
				suspendCarer({ actor: w.coordinator.actor, networkId: w.networkId, accountId: w.karim.id, reason: 'x' })
			)
		).toBe('care_not_trusted');
		expect((await myCarerStatus({ actor: w.paul.actor, networkId: w.networkId })).status).toBe('suspended');
	});
});
