import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople, createSkill, themeOf } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { skills, themes } from '../db/schema/index.ts';
import { listThemes } from './list-themes.ts';
import { addTheme, archiveTheme, renameTheme } from './manage-themes.ts';

describe('themes managed by coordinators', () => {
	it('adds a theme at the end, renames it, and refuses a name already used up to accents and case', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const theme = await addTheme({ actor: coordinator.actor, networkId: network.id, name: 'Santé' });
		const listed = await listThemes({ actor: coordinator.actor, networkId: network.id });
		expect(listed.at(-1)?.name).toBe('Santé');
		await renameTheme({ actor: coordinator.actor, networkId: network.id, themeId: theme.id, name: 'Santé & soins' });
		await expect(
			addTheme({ actor: coordinator.actor, networkId: network.id, name: 'sante & SOINS' })
		).rejects.toMatchObject({ code: 'theme_name_taken', field: 'name' });
		await expect(
			renameTheme({ actor: coordinator.actor, networkId: network.id, themeId: theme.id, name: 'cuisine' })
		).rejects.toMatchObject({ code: 'theme_name_taken' });
		expect((await db().select().from(themes).where(eq(themes.id, theme.id)))[0].name).toBe('Santé & soins');
	});

	it('archives a theme: hidden from the list members choose from, its skills kept, and it can come back', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const sewing = await themeOf(network.id, 'Couture');
		const skill = await createSkill(network.id, 'Retouches', 'Couture');
		await archiveTheme({ actor: coordinator.actor, networkId: network.id, themeId: sewing.id, archived: true });
		const names = (await listThemes({ actor: member.actor, networkId: network.id })).map((t) => t.name);
		expect(names).not.toContain('Couture');
		const all = await listThemes({ actor: coordinator.actor, networkId: network.id, includeArchived: true });
		expect(all.find((t) => t.id === sewing.id)?.archivedAt).toBeInstanceOf(Date);
		// The list with the archived themes is the coordinators' page alone.
		await expect(
			listThemes({ actor: member.actor, networkId: network.id, includeArchived: true })
		).rejects.toMatchObject({ code: 'forbidden' });
		expect((await db().select().from(skills).where(eq(skills.id, skill.id)))[0].themeId).toBe(sewing.id);
		await archiveTheme({ actor: coordinator.actor, networkId: network.id, themeId: sewing.id, archived: false });
		expect((await listThemes({ actor: member.actor, networkId: network.id })).map((t) => t.name)).toContain('Couture');
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a plain member', 'forbidden'],
		['the coordinator of another network', 'not_member']
	])('is refused to %s, and nothing changes', async (who, code) => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const actor = who === 'anonymous' ? null : who === 'a plain member' ? member.actor : other.coordinator.actor;
		const cooking = await themeOf(network.id, 'Cuisine');
		await expect(addTheme({ actor, networkId: network.id, name: 'Santé' })).rejects.toMatchObject({ code });
		await expect(renameTheme({ actor, networkId: network.id, themeId: cooking.id, name: 'X' })).rejects.toMatchObject({
			code
		});
		await expect(
			archiveTheme({ actor, networkId: network.id, themeId: cooking.id, archived: true })
		).rejects.toMatchObject({ code });
		const rows = await db().select().from(themes).where(eq(themes.networkId, network.id));
		expect(rows).toHaveLength(12);
		expect(rows.find((t) => t.id === cooking.id)).toMatchObject({ name: 'Cuisine', archivedAt: null });
	});

	it("cannot touch another network's theme, even through its own network id", async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const theirs = await themeOf(other.network.id, 'Cuisine');
		await expect(
			renameTheme({ actor: coordinator.actor, networkId: network.id, themeId: theirs.id, name: 'Volé' })
		).rejects.toMatchObject({ code: 'not_found' });
		expect((await db().select().from(themes).where(eq(themes.id, theirs.id)))[0].name).toBe('Cuisine');
	});
});
