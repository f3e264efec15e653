import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { themes } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

/** A theme of this network that still takes new skills and posts; another network's theme is unknown here. */
export async function openThemeOf(q: Queryable, networkId: string, themeId: string, field = 'themeId') {
	const [theme] = await q
		.select()
		.from(themes)
		.where(and(eq(themes.id, themeId), eq(themes.networkId, networkId), isNull(themes.archivedAt)));
	if (!theme) throw new AppError('theme_unknown', field);
	return theme;
}
