// The « liens de connexion en attente » page as the browser meets it: the list, then a POST that shows one link
// and writes the journal; a refusal is a page-level error (load) or a sentence (action), never the link.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNetworkWithPeople } from '../../../../tests/factories.ts';
import { requestMagicLink } from '#lib/server/accounts/magic-link.ts';
import type { Actor } from '#lib/server/auth/policies.ts';
import { loadConfig, useConfig } from '#lib/server/config.ts';
import { db } from '#lib/server/db/client.ts';
import { auditLog, emails } from '#lib/server/db/schema/index.ts';
import { actions, load } from './+page.server.ts';

const ORIGIN = 'http://entrelien.test';

beforeEach(() => useConfig(loadConfig({})));
afterEach(() => useConfig(undefined));

function event(actor: Actor | null, networkId: string, form?: Record<string, string>) {
	const url = new URL(`${ORIGIN}/coordination/courriels`);
	const request = form
		? new Request(url, { method: 'POST', body: new URLSearchParams(form) })
		: new Request(url, { method: 'GET' });
	return { locals: { actor, network: actor ? { id: networkId } : null }, params: {}, url, request } as never;
}

type Listed = { outboxMode: boolean; links: { id: string; toName: string }[] };
type Shown = { shown: { toName: string; text: string } };

describe('the waiting links page', () => {
	it('lists a member’s unsent link, shows it on request and journals the showing', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		await requestMagicLink({ email: member.email!, origin: ORIGIN });
		const page = (await load(event(coordinator.actor, network.id))) as Listed;
		expect(page.outboxMode).toBe(true);
		expect(page.links.map((l) => l.toName)).toEqual([member.name]);
		expect(JSON.stringify(page)).not.toContain('/connexion/lien/');

		const result = (await actions.default(
			event(coordinator.actor, network.id, { emailId: page.links[0].id })
		)) as Shown;
		expect(result.shown.toName).toBe(member.name);
		expect(result.shown.text).toContain(`${ORIGIN}/connexion/lien/`);
		const journal = await db().select().from(auditLog).where(eq(auditLog.subjectId, page.links[0].id));
		expect(journal).toMatchObject([{ action: 'outbox_link_shown', actorAccountId: coordinator.id }]);
	});

	it('refuses a plain member and sends a visitor to log in; a forged post shows nothing', async () => {
		const { network, member } = await createNetworkWithPeople();
		await requestMagicLink({ email: member.email!, origin: ORIGIN });
		const [link] = await db().select().from(emails).where(eq(emails.toAccountId, member.id));
		await expect(load(event(member.actor, network.id))).rejects.toMatchObject({ status: 403 });
		await expect(load(event(null, network.id))).rejects.toMatchObject({ status: 303 });
		const forged = (await actions.default(event(member.actor, network.id, { emailId: link.id }))) as {
			status: number;
			data: object;
		};
		expect(forged.status).toBe(403);
		expect(JSON.stringify(forged.data)).not.toContain('/connexion/lien/');
		const bad = (await actions.default(event(member.actor, network.id, { emailId: 'x' }))) as { status: number };
		expect(bad.status).toBe(400);
	});
});
