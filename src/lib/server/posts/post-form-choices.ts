import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { memberSkills, postSkills, skills, themes } from '../db/schema/index.ts';
import type { PostView } from './get-post.ts';

/**
 * What the post form offers: the network's themes that take new posts (plus the post's own theme when editing,
 * even if archived since), and as skills the author's profile skills — what they share and want to learn — plus
 * those already on the post. Whether the visibility choice is shown: coordinators only.
 */
export async function postFormChoices(options: {
	actor: Actor | null;
	networkId: string;
	/** When editing: the post, whose author's skills are offered (a coordinator may be editing). */
	post?: Pick<PostView, 'id' | 'themeId'> & { authorAccountId?: string };
}) {
	const actor = requireMember(options.actor, options.networkId);
	const { networkId, post } = options;
	const themeRows = await db()
		.select({ id: themes.id, name: themes.name })
		.from(themes)
		.where(
			and(
				eq(themes.networkId, networkId),
				post ? or(isNull(themes.archivedAt), eq(themes.id, post.themeId)) : isNull(themes.archivedAt)
			)
		)
		.orderBy(asc(themes.position), asc(themes.name));

	const authorId = post?.authorAccountId ?? actor.accountId;
	const profileSkills = await db()
		.selectDistinct({ id: skills.id, name: skills.name })
		.from(memberSkills)
		.innerJoin(skills, eq(skills.id, memberSkills.skillId))
		.where(and(eq(memberSkills.networkId, networkId), eq(memberSkills.accountId, authorId)));
	const postSkillRows = post
		? await db()
				.select({ id: skills.id, name: skills.name })
				.from(postSkills)
				.innerJoin(skills, eq(skills.id, postSkills.skillId))
				.where(and(eq(postSkills.postId, post.id), eq(postSkills.networkId, networkId)))
		: [];
	const byId = new Map([...profileSkills, ...postSkillRows].map((s) => [s.id, s]));
	const skillChoices = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));

	return { themes: themeRows, skills: skillChoices, canChooseVisibility: isCoordinator(actor, networkId) };
}
