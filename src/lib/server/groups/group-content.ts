// What the group form fills in, checked the same way on creation and edit.
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { themes } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { GroupJoinPolicy } from '../../validation/groups.ts';

export type GroupContent = {
	name: string;
	themeId: string | null;
	description: string;
	joinPolicy: GroupJoinPolicy;
};

/** The theme, when one is chosen, must be a theme of the network still in use. */
export async function checkGroupTheme(tx: Queryable, networkId: string, themeId: string | null) {
	if (themeId === null) return;
	const [theme] = await tx
		.select({ id: themes.id })
		.from(themes)
		.where(and(eq(themes.networkId, networkId), eq(themes.id, themeId), isNull(themes.archivedAt)));
	if (!theme) throw new AppError('theme_unknown', 'themeId');
}

/** Two groups of a network never share a name (up to case and accents): say so next to the name. */
export function groupNameTaken(error: unknown): never {
	if (isUniqueViolation(error)) throw new AppError('group_name_taken', 'name');
	throw error;
}
