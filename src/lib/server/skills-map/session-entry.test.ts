import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople, createVenueIn, eventContent, themeOf } from '../../../../tests/factories.ts';
import { skillsMapWorld } from '../../../../tests/skills-map-world.ts';
import { db } from '../db/client.ts';
import { eventOccurrences, memberSkills, skills } from '../db/schema/index.ts';
import { createEvent } from '../events/create-event.ts';
import { registerForOccurrence } from '../events/register-for-occurrence.ts';
import { enterSessionSkills, sessionParticipants, sessionPerson } from './session-entry.ts';

async function sessionWorld() {
	const w = await skillsMapWorld();
	const venue = await createVenueIn(w.networkId);
	const session = await createEvent({
		actor: w.coordinator.actor,
		networkId: w.networkId,
		input: eventContent(venue.id, { title: 'Temps d’échange : vos savoirs', kind: 'skills_session' })
	});
	const [occurrence] = await db().select().from(eventOccurrences).where(eq(eventOccurrences.eventId, session.id));
	for (const p of [w.m1, w.m2, w.m3])
		await registerForOccurrence({ actor: p.actor, networkId: w.networkId, occurrenceId: occurrence.id });
	const couture = await themeOf(w.networkId, 'Couture');
	return { ...w, session, couture };
}

const line = (field: string, name: string, themeId: string | null = null) => ({ field, name, themeId });

async function skillsOf(networkId: string, accountId: string) {
	const rows = await db()
		.select({ name: skills.name, direction: memberSkills.direction })
		.from(memberSkills)
		.innerJoin(skills, eq(skills.id, memberSkills.skillId))
		.where(and(eq(memberSkills.networkId, networkId), eq(memberSkills.accountId, accountId)));
	return rows.map((r) => `${r.direction}:${r.name}`).sort();
}

describe('skills sessions', () => {
	it('lists the people registered, and adds several skills at once without duplicates', async () => {
		const w = await sessionWorld();
		const scope = { actor: w.coordinator.actor, networkId: w.networkId, eventId: w.session.id };
		const { people } = await sessionParticipants(scope);
		expect(people.map((p) => p.id).sort()).toEqual([w.m1.id, w.m2.id, w.m3.id].sort());

		const result = await enterSessionSkills({
			...scope,
			accountId: w.m1.id,
			share: [line('partage1', 'pâtisserie'), line('partage2', 'Origami', w.couture.id), line('partage3', 'origami')],
			learn: [line('apprend1', 'COUTURE'), line('apprend2', 'Retouches')],
			confirmed: false
		});
		// Pâtisserie and Couture were on the profile already; « origami » is the new Origami again.
		expect(result).toEqual({ added: 2, already: 3 });
		expect(await skillsOf(w.networkId, w.m1.id)).toEqual([
			'learn:Couture',
			'learn:Retouches',
			'learn:Tricot',
			'share:Origami',
			'share:Pâtisserie'
		]);
		const page = await sessionPerson({ ...scope, accountId: w.m1.id });
		expect(page.shares.map((s) => s.name)).toEqual(['Origami', 'Pâtisserie']);
		expect(page.names).toContain('Couture');
		const named = await db().select().from(skills).where(eq(skills.networkId, w.networkId));
		expect(named.filter((s) => s.name.toLowerCase() === 'origami')).toHaveLength(1);
	});

	it('offers close names before creating one, then keeps the typed name when asked', async () => {
		const w = await sessionWorld();
		const scope = { actor: w.coordinator.actor, networkId: w.networkId, eventId: w.session.id, accountId: w.m2.id };
		const entry = { share: [line('partage1', 'Tricots', w.couture.id)], learn: [] };
		const asked = await enterSessionSkills({ ...scope, ...entry, confirmed: false });
		expect(asked).toEqual({ suggestions: { partage1: ['Tricot'] } });
		expect(await skillsOf(w.networkId, w.m2.id)).not.toContain('share:Tricots');
		expect(await enterSessionSkills({ ...scope, ...entry, confirmed: true })).toEqual({ added: 1, already: 0 });
		expect(await skillsOf(w.networkId, w.m2.id)).toContain('share:Tricots');
	});

	it('refuses bad input with a sentence for its field, writing nothing', async () => {
		const w = await sessionWorld();
		const other = await createNetworkWithPeople();
		const theirTheme = await themeOf(other.network.id, 'Couture');
		const scope = { actor: w.coordinator.actor, networkId: w.networkId, eventId: w.session.id, accountId: w.m3.id };
		const before = await skillsOf(w.networkId, w.m3.id);
		const attempts = [
			[{ share: [line('partage1', 'Vannerie')], learn: [] }, 'session_skill_needs_theme', 'partage1_theme'],
			[{ share: [line('partage1', 'Vannerie', theirTheme.id)], learn: [] }, 'theme_unknown', 'partage1_theme'],
			[{ share: [], learn: [] }, 'session_nothing_entered', undefined],
			// One bad line among good ones: nothing of the form is written.
			[
				{ share: [line('partage1', 'Couture')], learn: [line('apprend1', 'Macramé')] },
				'session_skill_needs_theme',
				'apprend1_theme'
			]
		] as const;
		for (const [entry, code, field] of attempts)
			await expect(
				enterSessionSkills({ ...scope, share: [...entry.share], learn: [...entry.learn], confirmed: true })
			).rejects.toMatchObject({ code, field });
		expect(await skillsOf(w.networkId, w.m3.id)).toEqual(before);
	});

	it('is for coordinators, about this network’s skills sessions and their participants only', async () => {
		const w = await sessionWorld();
		const other = await createNetworkWithPeople();
		const entry = { share: [line('partage1', 'Couture')], learn: [], confirmed: true };
		const scope = { networkId: w.networkId, eventId: w.session.id, accountId: w.m1.id, ...entry };
		const attempts = [
			[{ ...scope, actor: null }, 'not_logged_in'],
			[{ ...scope, actor: w.member.actor }, 'forbidden'],
			[{ ...scope, actor: other.coordinator.actor }, 'not_member'],
			[{ ...scope, actor: w.coordinator.actor, accountId: w.m4.id }, 'session_person_unknown'],
			[{ ...scope, actor: w.coordinator.actor, accountId: other.member.id }, 'not_found'],
			[{ ...scope, actor: w.coordinator.actor, eventId: w.series.id }, 'not_a_skills_session']
		] as const;
		for (const [options, code] of attempts)
			await expect(enterSessionSkills({ ...options, share: [...options.share] })).rejects.toMatchObject({ code });
		const theirs = await createEvent({
			actor: other.coordinator.actor,
			networkId: other.network.id,
			input: eventContent(null, { kind: 'skills_session' })
		});
		await expect(
			sessionParticipants({ actor: w.coordinator.actor, networkId: w.networkId, eventId: theirs.id })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			sessionParticipants({ actor: w.member.actor, networkId: w.networkId, eventId: w.session.id })
		).rejects.toMatchObject({ code: 'forbidden' });
		expect(await skillsOf(w.networkId, w.m1.id)).not.toContain('share:Couture');
	});
});
