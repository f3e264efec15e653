// Coordinators shape the network's themes. A theme is never deleted: archiving hides it from new skills and
// posts while every skill and post filed under it stays where it is.
import { and, eq, max } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { themes } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { forgetSearchOptions } from '../search/search-options.ts';

async function nameTaken<T>(write: () => Promise<T>): Promise<T> {
	try {
		return await write();
	} catch (error) {
		if (isUniqueViolation(error)) throw new AppError('theme_name_taken', 'name');
		throw error;
	}
}

export async function addTheme(options: { actor: Actor | null; networkId: string; name: string }) {
	requireCoordinator(options.actor, options.networkId);
	const [last] = await db()
		.select({ position: max(themes.position) })
		.from(themes)
		.where(eq(themes.networkId, options.networkId));
	return nameTaken(async () => {
		const [theme] = await db()
			.insert(themes)
			.values({ networkId: options.networkId, name: options.name, position: (last?.position ?? 0) + 10 })
			.returning();
		forgetSearchOptions(options.networkId);
		return theme;
	});
}

async function updateTheme(
	actor: Actor | null,
	networkId: string,
	themeId: string,
	set: Partial<typeof themes.$inferInsert>
) {
	requireCoordinator(actor, networkId);
	const [theme] = await nameTaken(() =>
		db()
			.update(themes)
			.set(set)
			.where(and(eq(themes.id, themeId), eq(themes.networkId, networkId)))
			.returning()
	);
	if (!theme) throw new AppError('not_found');
	forgetSearchOptions(networkId);
	return theme;
}

export function renameTheme(options: { actor: Actor | null; networkId: string; themeId: string; name: string }) {
	return updateTheme(options.actor, options.networkId, options.themeId, { name: options.name });
}

export function archiveTheme(options: { actor: Actor | null; networkId: string; themeId: string; archived: boolean }) {
	return updateTheme(options.actor, options.networkId, options.themeId, {
		archivedAt: options.archived ? now() : null
	});
}
