import { requireProfileEditor, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { profiles } from '../db/schema/index.ts';
import { activeMemberOf } from './find-member.ts';

type ProfileFields = Partial<
	Pick<typeof profiles.$inferInsert, 'neighbourhood' | 'languages' | 'availability' | 'onboarding'>
>;

/** Writes profile fields, creating the profile row on first use, and records who made the change. */
export async function saveProfileFields(
	q: Queryable,
	ids: { networkId: string; accountId: string; editorId: string },
	fields: ProfileFields
) {
	const set = { ...fields, updatedAt: now(), updatedByAccountId: ids.editorId };
	await q
		.insert(profiles)
		.values({ networkId: ids.networkId, accountId: ids.accountId, ...set })
		.onConflictDoUpdate({ target: [profiles.networkId, profiles.accountId], set });
}

/** The member (or a coordinator, for a member without email) sets neighbourhood, languages and availability. */
export async function updateProfile(options: {
	actor: Actor | null;
	networkId: string;
	accountId: string;
	neighbourhood: string;
	languages: string[];
	availability: string[];
}) {
	const member = await activeMemberOf(db(), options.networkId, options.accountId);
	const editor = requireProfileEditor(options.actor, options.networkId, member);
	const { neighbourhood, languages, availability } = options;
	await saveProfileFields(
		db(),
		{ networkId: options.networkId, accountId: member.accountId, editorId: editor.accountId },
		{ neighbourhood, languages, availability }
	);
}
