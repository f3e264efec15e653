import { eq } from 'drizzle-orm';
import { requireAccount, type Actor } from '../auth/policies.ts';
import { db, type Queryable } from '../db/client.ts';
import { notificationPreferences } from '../db/schema/index.ts';
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS, type Delivery, type NotificationKind } from './kinds.ts';

export type Preferences = Record<NotificationKind, Delivery>;

/** A person's delivery for every kind: their choice, else the default. */
export async function preferencesOf(accountId: string, q: Queryable = db()): Promise<Preferences> {
	const rows = await q
		.select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
		.from(notificationPreferences)
		.where(eq(notificationPreferences.accountId, accountId));
	const chosen = Object.fromEntries(rows.map((r) => [r.kind, r.delivery]));
	return Object.fromEntries(
		NOTIFICATION_KINDS.map((kind) => [kind, (chosen[kind] as Delivery | undefined) ?? DEFAULT_DELIVERY[kind]])
	) as Preferences;
}

/** What the person sees on their preferences page. */
export async function getPreferences(options: { actor: Actor | null }): Promise<Preferences> {
	return preferencesOf(requireAccount(options.actor).accountId);
}

/** Saves the person's choice for every kind at once (the page sends them all). */
export async function setPreferences(options: { actor: Actor | null; preferences: Preferences }): Promise<void> {
	const actor = requireAccount(options.actor);
	const rows = NOTIFICATION_KINDS.map((kind) => ({
		accountId: actor.accountId,
		kind,
		delivery: options.preferences[kind]
	}));
	await db().transaction(async (tx) => {
		await tx.delete(notificationPreferences).where(eq(notificationPreferences.accountId, actor.accountId));
		await tx.insert(notificationPreferences).values(rows);
	});
}
