// Adding a skill to a profile by its name (decision 015): before a new skill is created, the close names that
// already exist are offered (« jardinnage » → « Jardinage »), so the network's list does not fill with near
// duplicates. The person then picks one, or confirms the new name.
import { requireProfileEditor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { suggestSkills } from '../skills/suggest-skills.ts';
import { activeMemberOf } from './find-member.ts';
import { addMemberSkill } from './member-skills.ts';

/** How many close names are offered. */
const SUGGESTIONS = 5;
/** A suggestion this close is the same name (accents and case aside): it is added without asking. */
const SAME_NAME = 0.999;

export async function addSkillOrSuggest(
	options: Parameters<typeof addMemberSkill>[0] & {
		/** The person saw the suggestions and keeps the name typed. */
		confirmed: boolean;
	}
): Promise<{ added: string } | { suggestions: string[] }> {
	const { confirmed, ...skill } = options;
	const member = await activeMemberOf(db(), options.networkId, options.accountId);
	requireProfileEditor(options.actor, options.networkId, member);
	if (!confirmed) {
		const similar = await suggestSkills({ ...options, text: options.name, limit: SUGGESTIONS });
		const same = similar.some((s) => s.score >= SAME_NAME);
		if (similar.length > 0 && !same) return { suggestions: similar.map((s) => s.name) };
	}
	const added = await addMemberSkill(skill);
	return { added: added.name };
}
