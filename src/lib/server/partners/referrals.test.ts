import { describe, expect, it } from 'vitest';
import { createMember, createNetworkWithPeople, createPost, actorOf } from '../../../../tests/factories.ts';
import { partnerWorld } from '../../../../tests/partner-world.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { auditLog, partnerReferrals } from '../db/schema/index.ts';
import { referralInput } from '../../validation/partners.ts';
import { archivePartner } from './archive-partner.ts';
import { createReferral } from './create-referral.ts';
import { listMyReferrals, listPartnerReferrals, REFERRALS_SHOWN } from './list-referrals.ts';
import { moveReferral } from './move-referral.ts';
import { getPartnerPage } from './partner-page.ts';
import { eq } from 'drizzle-orm';

const need = 'Apprendre à faire des ourlets pour un entretien en boutique.';

describe('referrals to a partner', () => {
	it('moves each referral forward with its history, and counts them by step on the partner page', async () => {
		const { coordinator, where, network } = await partnerWorld();
		const people = await Promise.all(
			['Leïla Haddad', 'Karim Benali', 'Sofia Costa', 'Paul Martin'].map((name) => createMember(network.id, { name }))
		);
		const refer = (accountId: string) =>
			createReferral({ actor: coordinator.actor, ...where, accountId, need, postId: null, consent: true });
		const [leila, karim, sofia, paul] = await Promise.all(people.map((p) => refer(p.id)));
		const move = (referralId: string, status: 'contacted' | 'supported' | 'closed') =>
			moveReferral({ actor: coordinator.actor, networkId: network.id, referralId, status });

		advanceClock(60_000);
		await move(leila.id, 'contacted');
		advanceClock(60_000);
		await move(leila.id, 'supported');
		await move(karim.id, 'contacted');
		await move(sofia.id, 'closed');
		// Out of order: back to « contactée » once accompanied, or straight from « proposée » to « accompagnée ».
		await expect(move(leila.id, 'contacted')).rejects.toMatchObject({ code: 'referral_step_refused' });
		await expect(move(paul.id, 'supported')).rejects.toMatchObject({ code: 'referral_step_refused' });
		await expect(move(sofia.id, 'contacted')).rejects.toMatchObject({ code: 'referral_step_refused' });
		// A double click asks for the step it is at: nothing changes.
		expect(await move(karim.id, 'contacted')).toEqual({ moved: false });

		const page = await getPartnerPage({ actor: coordinator.actor, ...where });
		expect(page.counts).toEqual({ proposed: 1, contacted: 1, supported: 1, closed: 1 });
		const history = page.referrals.find((r) => r.id === leila.id)!;
		expect(history.memberName).toBe('Leïla Haddad');
		expect(history.steps.map((s) => [s.status, s.by])).toEqual([
			['proposed', coordinator.name],
			['contacted', coordinator.name],
			['supported', coordinator.name]
		]);
		expect(history.steps[0].at < history.steps[1].at && history.steps[1].at < history.steps[2].at).toBe(true);
		expect(page.referrals.find((r) => r.id === karim.id)!.steps).toHaveLength(2);
		const journal = await db().select().from(auditLog).where(eq(auditLog.subjectId, leila.id));
		expect(journal.map((row) => row.action).sort()).toEqual([
			'partner_referral_created',
			'partner_referral_moved',
			'partner_referral_moved'
		]);
	});

	it("shows a member their own referrals with their dates, never someone else's", async () => {
		const { coordinator, member, where, network } = await partnerWorld();
		const neighbour = await createMember(network.id);
		const mine = await createReferral({
			actor: coordinator.actor,
			...where,
			accountId: member.id,
			need,
			postId: null,
			consent: true
		});
		await createReferral({
			actor: coordinator.actor,
			...where,
			accountId: neighbour.id,
			need: 'Autre besoin',
			postId: null,
			consent: true
		});
		await moveReferral({ actor: coordinator.actor, networkId: network.id, referralId: mine.id, status: 'contacted' });
		const listed = await listMyReferrals({ actor: member.actor, networkId: network.id });
		expect(listed.map((r) => [r.id, r.partnerName, r.status])).toEqual([
			[mine.id, 'Atelier Coudre Ensemble', 'contacted']
		]);
		expect(listed[0].steps.map((s) => s.status)).toEqual(['proposed', 'contacted']);
		expect(listed[0].steps[0]).not.toHaveProperty('by');
		expect(await listMyReferrals({ actor: await actorOf(neighbour.id), networkId: network.id })).toHaveLength(1);
		await expect(listMyReferrals({ actor: null, networkId: network.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		// The partner's history is the coordinators': a member reading it is refused.
		await expect(listPartnerReferrals({ actor: member.actor, ...where })).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('refuses anonymous people, plain members, another network and a referral of another network', async () => {
		const { coordinator, member, where, network } = await partnerWorld();
		const referral = await createReferral({
			actor: coordinator.actor,
			...where,
			accountId: member.id,
			need,
			postId: null,
			consent: true
		});
		const input = { ...where, accountId: member.id, need, postId: null, consent: true };
		for (const [actor, code] of [
			[null, 'not_logged_in'],
			[member.actor, 'forbidden']
		] as const) {
			await expect(createReferral({ actor, ...input })).rejects.toMatchObject({ code });
			await expect(
				moveReferral({ actor, networkId: network.id, referralId: referral.id, status: 'contacted' })
			).rejects.toMatchObject({ code });
		}
		const other = await createNetworkWithPeople();
		await expect(
			moveReferral({
				actor: other.coordinator.actor,
				networkId: other.network.id,
				referralId: referral.id,
				status: 'contacted'
			})
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			createReferral({ actor: other.coordinator.actor, ...input, networkId: other.network.id })
		).rejects.toMatchObject({ code: 'partner_unknown' });
		await expect(createReferral({ actor: other.coordinator.actor, ...input })).rejects.toMatchObject({
			code: 'not_member'
		});
		const [row] = await db().select().from(partnerReferrals).where(eq(partnerReferrals.id, referral.id));
		expect(row.status).toBe('proposed');
	});

	it('refuses without consent, a member of another network, a set-aside partner or someone else’s post; writes nothing', async () => {
		const { coordinator, member, where, network } = await partnerWorld();
		const other = await createNetworkWithPeople();
		const neighbour = await createMember(network.id);
		const theirPost = await createPost(network.id, neighbour.id, { kind: 'request' });
		const before = await db().$count(partnerReferrals);
		const input = { ...where, accountId: member.id, need, postId: null, consent: true };
		await expect(createReferral({ actor: coordinator.actor, ...input, consent: false })).rejects.toMatchObject({
			code: 'referral_consent_missing'
		});
		await expect(
			createReferral({ actor: coordinator.actor, ...input, accountId: other.member.id })
		).rejects.toMatchObject({
			code: 'referral_member_unknown',
			field: 'accountId'
		});
		const pending = await createMember(network.id, { status: 'pending' });
		await expect(createReferral({ actor: coordinator.actor, ...input, accountId: pending.id })).rejects.toMatchObject({
			code: 'referral_member_unknown'
		});
		await expect(createReferral({ actor: coordinator.actor, ...input, postId: theirPost.id })).rejects.toMatchObject({
			code: 'referral_post_unknown',
			field: 'postId'
		});
		await archivePartner({ actor: coordinator.actor, ...where, archived: true });
		await expect(createReferral({ actor: coordinator.actor, ...input })).rejects.toMatchObject({
			code: 'partner_unknown'
		});
		expect(await db().$count(partnerReferrals)).toBe(before);

		const form = { partnerId: where.partnerId, accountId: member.id, need, postId: '' };
		expect(referralInput.safeParse(form).error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['consent', 'referral_consent']
		]);
		expect(referralInput.safeParse({ ...form, consent: '' }).error?.issues[0].message).toBe('referral_consent');
		expect(referralInput.parse({ ...form, consent: 'on' })).toMatchObject({ postId: null, consent: true });
		expect(referralInput.safeParse({ ...form, consent: 'on', accountId: '' }).error?.issues[0].message).toBe(
			'referral_member_required'
		);
	});

	it('links the referral to the member’s own post', async () => {
		const { coordinator, member, where } = await partnerWorld();
		const post = await createPost(where.networkId, member.id, { kind: 'request', title: 'Besoin d’aide en couture' });
		const referral = await createReferral({
			actor: coordinator.actor,
			...where,
			accountId: member.id,
			need,
			postId: post.id,
			consent: true
		});
		const { referrals } = await listPartnerReferrals({ actor: coordinator.actor, ...where });
		expect(referrals.map((r) => [r.id, r.postTitle])).toEqual([[referral.id, 'Besoin d’aide en couture']]);
	});

	it('lists the latest referrals on the partner page and counts them all', async () => {
		const { coordinator, member, where } = await partnerWorld();
		for (let i = 0; i < REFERRALS_SHOWN + 2; i++) {
			await createReferral({
				actor: coordinator.actor,
				...where,
				accountId: member.id,
				need: `Besoin ${i}`,
				postId: null,
				consent: true
			});
			advanceClock(1000);
		}
		const page = await listPartnerReferrals({ actor: coordinator.actor, ...where });
		expect(page.referrals).toHaveLength(REFERRALS_SHOWN);
		expect(page.referrals[0].need).toBe(`Besoin ${REFERRALS_SHOWN + 1}`);
		expect(page.counts).toEqual({ proposed: REFERRALS_SHOWN + 2, contacted: 0, supported: 0, closed: 0 });
	});
});
