import { describe, expect, it } from 'vitest';
import { actorOf, createAccount, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { listAuditLog } from './list-audit.ts';
import { MAX_LENGTH } from '../../limits.ts';
import { recordAudit } from './record.ts';

describe('recordAudit and listAuditLog', () => {
	it("writes a row that the network's coordinators read, newest first, with names", async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		await recordAudit({
			networkId: network.id,
			actor: coordinator.actor,
			action: 'outbox_link_shown',
			subjectAccountId: member.id,
			detail: 'Votre lien de connexion'
		});
		await recordAudit({ networkId: network.id, actor: null, action: 'network_suspended', detail: 'x'.repeat(900) });
		const { entries, hasMore } = await listAuditLog({ actor: coordinator.actor, networkId: network.id });
		expect(hasMore).toBe(false);
		expect(entries).toHaveLength(2);
		const shown = entries.find((e) => e.action === 'outbox_link_shown')!;
		expect(shown).toMatchObject({
			actorName: coordinator.name,
			subjectName: member.name,
			detail: 'Votre lien de connexion'
		});
		// A detail too long for the table is cut, not refused: the act must not fail because of its trace.
		expect(entries.find((e) => e.action === 'network_suspended')!.detail).toHaveLength(MAX_LENGTH.auditDetail);
	});

	it('refuses an action that is not lower-case words', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		await expect(
			recordAudit({ networkId: network.id, actor: coordinator.actor, action: 'Lien montré!' })
		).rejects.toThrow();
	});

	it("shows one network's journal only to that network's coordinators", async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		await recordAudit({ networkId: network.id, actor: coordinator.actor, action: 'outbox_link_shown' });
		await recordAudit({ networkId: other.network.id, actor: other.coordinator.actor, action: 'outbox_link_shown' });
		const admin = await actorOf((await createAccount({ isInstanceAdmin: true })).id);
		const list = (actor: Parameters<typeof listAuditLog>[0]['actor']) => listAuditLog({ actor, networkId: network.id });
		await expect(list(null)).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(list(member.actor)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(list(other.coordinator.actor)).rejects.toMatchObject({ code: 'not_member' });
		await expect(list(admin)).rejects.toMatchObject({ code: 'not_member' });
		const { entries } = await list(coordinator.actor);
		expect(entries.map((e) => e.actorName)).toEqual([coordinator.name]);
	});
});
