// Rows written straight to the database, without permission checks: how the demo network, the city-scale seed
// and the tests' builders (tests/factories.ts) create the world they then act in. Each takes every value it
// writes; the defaults (random names, unique titles) belong to the callers.
import { and, eq, sql } from 'drizzle-orm';
import { hashPassword, randomLoginCode, sha256 } from '../../auth/crypto.ts';
import type { MembershipStatus, Role } from '../../auth/policies.ts';
import { now } from '../../clock.ts';
import type { Queryable } from '../../db/client.ts';
import { accounts, memberships, postSkills, posts, skills, themes } from '../../db/schema/index.ts';
import { expiryFrom } from '../../posts/lifetime.ts';

export type AccountRow = {
	name: string;
	/** Null for a member without email: a printed log-in code is then made (returned as `loginCode`). */
	email: string | null;
	password?: string;
	isInstanceAdmin?: boolean;
	locale?: 'fr' | 'en';
	loginCode?: string;
};

export async function insertAccount(q: Queryable, row: AccountRow) {
	const loginCode = row.email === null ? (row.loginCode ?? randomLoginCode()) : row.loginCode;
	const [account] = await q
		.insert(accounts)
		.values({
			name: row.name,
			email: row.email,
			passwordHash: row.password ? await hashPassword(row.password) : null,
			loginCodeHash: loginCode ? sha256(loginCode) : null,
			isInstanceAdmin: row.isInstanceAdmin ?? false,
			locale: row.locale ?? 'fr'
		})
		.returning();
	return { ...account, loginCode };
}

/** An account that is a member of the network, active unless told otherwise. */
export async function insertMember(
	q: Queryable,
	networkId: string,
	row: AccountRow & { role?: Role; status?: MembershipStatus }
) {
	const account = await insertAccount(q, row);
	const status = row.status ?? 'active';
	await q.insert(memberships).values({
		networkId,
		accountId: account.id,
		role: row.role ?? 'member',
		status,
		decidedAt: status === 'pending' ? null : now()
	});
	return account;
}

/** A theme of the network, by name (compared without case and accents). */
export async function themeByName(q: Queryable, networkId: string, name: string) {
	const [theme] = await q
		.select()
		.from(themes)
		.where(and(eq(themes.networkId, networkId), sql`${themes.nameKey} = name_key(${name})`));
	if (!theme) throw new Error(`No theme « ${name} » in network ${networkId}`);
	return theme;
}

/** A skill under a theme (by name), created by nobody in particular. */
export async function insertSkill(q: Queryable, networkId: string, name: string, themeName: string) {
	const theme = await themeByName(q, networkId, themeName);
	const [skill] = await q.insert(skills).values({ networkId, themeId: theme.id, name }).returning();
	return skill;
}

type PostInsert = typeof posts.$inferInsert;
export type PostRow = Omit<PostInsert, 'networkId' | 'authorAccountId' | 'themeId' | 'kind' | 'expiresAt'> & {
	themeId: string;
	/** A request unless told otherwise. */
	kind?: PostInsert['kind'];
	/** The usual lifetime of its kind from its creation unless told otherwise. */
	expiresAt?: Date;
	skillIds?: string[];
};

/** A published post; it expires after the usual lifetime of its kind unless told otherwise. */
export async function insertPost(q: Queryable, networkId: string, authorAccountId: string, row: PostRow) {
	const { skillIds = [], ...fields } = row;
	const kind = fields.kind ?? 'request';
	const createdAt = fields.createdAt ?? now();
	const [post] = await q
		.insert(posts)
		.values({
			...fields,
			networkId,
			authorAccountId,
			kind,
			createdAt,
			updatedAt: createdAt,
			expiresAt: fields.expiresAt ?? expiryFrom(kind as 'offer' | 'request', createdAt)
		})
		.returning();
	if (skillIds.length > 0) {
		await q.insert(postSkills).values(skillIds.map((skillId) => ({ networkId, postId: post.id, skillId })));
	}
	return post;
}
