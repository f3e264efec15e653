import { and, asc, eq, getTableColumns, gt, sql } from 'drizzle-orm';
import { AppError } from '../errors.ts';
import type { Actor } from '../auth/policies.ts';
import { sha256 } from '../auth/crypto.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { qualified } from '../db/qualified.ts';
import { accounts, memberships, networks, sessions } from '../db/schema/index.ts';
import { findNetworkById } from '../networks/find-network.ts';

export type Network = typeof networks.$inferSelect;
export type RequestActor = Actor & { email: string | null; locale: string };

/**
 * Which of the person's networks a request is about: the one chosen in the session if the person belongs to
 * it, else their first active network, else their first pending one. A refused request gives no access, even
 * if that network was chosen earlier in the session.
 */
export function pickNetworkId(actor: Actor, chosenId: string | null | undefined): string | undefined {
	const ids = [
		chosenId,
		...actor.memberships.filter((m) => m.status === 'active').map((m) => m.networkId),
		...actor.memberships.filter((m) => m.status === 'pending').map((m) => m.networkId)
	];
	return (
		ids.find(
			(candidate) => candidate && actor.memberships.some((m) => m.networkId === candidate && m.status !== 'refused')
		) ?? undefined
	);
}

// A visitor sees the instance's network when it has only one. Networks are few and change rarely (created by
// the instance admin, renamed by a coordinator), so each process keeps the answer a few seconds: a visitor
// sees a new name or a second network at most this late. « No network yet » is never kept (set-up).
const VISITOR_NETWORK_TTL_MS = 5_000;
let visitorCache: { until: number; network: Network | null } | undefined;

async function visitorNetwork(): Promise<Network | null> {
	const at = now().getTime();
	if (visitorCache && visitorCache.until > at && visitorCache.until - at <= VISITOR_NETWORK_TTL_MS) {
		return visitorCache.network;
	}
	// A suspended network is closed to everyone (decision 007): it is never the visitors' network.
	const rows = await db()
		.select()
		.from(networks)
		.where(eq(networks.status, 'active'))
		.orderBy(asc(networks.name))
		.limit(2);
	const network = rows.length === 1 ? rows[0] : null;
	visitorCache = rows.length > 0 ? { until: at + VISITOR_NETWORK_TTL_MS, network } : undefined;
	return network;
}

/** Tests only: forget the visitors' network kept by this process. */
export function forgetVisitorNetwork(): void {
	visitorCache = undefined;
}

/**
 * The network a request is about: the one chosen in the session if the person belongs to it, else their
 * first active network; for visitors, the instance's network when it has only one.
 */
export async function currentNetwork(actor: Actor | null, chosenId: string | null | undefined) {
	if (actor) {
		const id = pickNetworkId(actor, chosenId);
		return id ? ((await findNetworkById(id)) ?? null) : null;
	}
	return visitorNetwork();
}

/** A network the person belongs to but cannot use: the instance administrator suspended it (decision 007). */
export type SuspendedNetwork = { id: string; name: string };

/** The navigation badges: unread notifications and unread messages in the current network. */
export type UnreadCounts = { notifications: number; messages: number };

/**
 * The badges of each network where the membership is active, read in the same query (`s`: the session, `m`:
 * the membership). Same counts as unreadNotificationCount (notifications/list-notifications.ts) and
 * countUnreadMessages (messages/count-unread.ts), with the same indexes; current-network.test.ts compares them.
 */
const unreadColumns = {
	unreadNotifications: sql<number | null>`case when ${qualified(memberships.status)} = 'active' then (
		select count(*)::int from notifications n
		where n.account_id = ${qualified(sessions.accountId)} and n.network_id = ${qualified(memberships.networkId)} and n.read_at is null
	) end`,
	unreadMessages: sql<number | null>`case when ${qualified(memberships.status)} = 'active' then (
		select count(*)::int
		from conversation_participants p
		join messages msg on msg.conversation_id = p.conversation_id
			and msg.id > coalesce(p.last_read_message_id, 0) and msg.author_account_id <> p.account_id
		where p.account_id = ${qualified(sessions.accountId)} and p.network_id = ${qualified(memberships.networkId)} and p.left_at is null
	) end`
};
const noUnreadColumns = {
	unreadNotifications: sql<number | null>`null::int`,
	unreadMessages: sql<number | null>`null::int`
};

type Context = {
	actor: RequestActor | null;
	network: Network | null;
	unread: UnreadCounts | null;
	/** The person's networks that are suspended: left out of `actor.memberships`, so no policy lets them in. */
	suspendedNetworks: SuspendedNetwork[];
};

/**
 * Everything a request needs to know about who asks, in ONE query: the unexpired session of this token, its
 * account, all the account's memberships and their networks (the current one is never a refused one). Same
 * answers as findSession + loadActor + currentNetwork, one round trip instead of four. A membership of a
 * suspended network is left out of the actor (as loadActor does) and listed in `suspendedNetworks`, so that
 * pages can say why the network is closed. With `unread`, the same query also counts the badges of the
 * current network (`unread`, null unless the membership there is active): the layout then needs no query of
 * its own. Only for requests that change nothing before the layout is loaded (GET): after a form action, the
 * layout counts again.
 */
export async function requestContext(token: string | undefined, options: { unread?: boolean } = {}): Promise<Context> {
	if (!token) return { actor: null, network: await visitorNetwork(), unread: null, suspendedNetworks: [] };
	const rows = await db()
		.select({
			chosenId: sessions.currentNetworkId,
			account: {
				id: accounts.id,
				name: accounts.name,
				email: accounts.email,
				locale: accounts.locale,
				isInstanceAdmin: accounts.isInstanceAdmin
			},
			membership: { networkId: memberships.networkId, role: memberships.role, status: memberships.status },
			network: getTableColumns(networks),
			...(options.unread ? unreadColumns : noUnreadColumns)
		})
		.from(sessions)
		.innerJoin(accounts, eq(accounts.id, sessions.accountId))
		.leftJoin(memberships, eq(memberships.accountId, sessions.accountId))
		.leftJoin(networks, eq(networks.id, memberships.networkId))
		.where(and(eq(sessions.idHash, sha256(token)), gt(sessions.expiresAt, now())))
		.orderBy(asc(memberships.createdAt), asc(memberships.networkId));
	if (rows.length === 0) return { actor: null, network: await visitorNetwork(), unread: null, suspendedNetworks: [] };
	const { account, chosenId } = rows[0];
	const suspended = (network: Network | null) => network?.status === 'suspended';
	const actor: RequestActor = {
		accountId: account.id,
		name: account.name,
		email: account.email,
		locale: account.locale,
		isInstanceAdmin: account.isInstanceAdmin,
		memberships: rows.flatMap(({ membership: m, network }) =>
			m && !suspended(network)
				? [
						{
							networkId: m.networkId,
							role: m.role as Actor['memberships'][number]['role'],
							status: m.status as Actor['memberships'][number]['status']
						}
					]
				: []
		)
	};
	const id = pickNetworkId(actor, chosenId);
	const current = rows.find((r) => r.network && r.network.id === id);
	const unread =
		current && current.unreadNotifications !== null && current.unreadMessages !== null
			? { notifications: Number(current.unreadNotifications), messages: Number(current.unreadMessages) }
			: null;
	const suspendedNetworks = rows.flatMap(({ network, membership }) =>
		network && suspended(network) && membership?.status !== 'refused' ? [{ id: network.id, name: network.name }] : []
	);
	return { actor, network: current?.network ?? null, unread, suspendedNetworks };
}

/**
 * The id of the network the request is about; a visitor is asked to log in, a person whose only networks are
 * suspended is told so, others are not members.
 */
export function currentNetworkId(locals: App.Locals): string {
	if (!locals.network) {
		if (!locals.actor) throw new AppError('not_logged_in');
		throw new AppError(locals.suspendedNetworks?.length ? 'network_suspended' : 'not_member');
	}
	return locals.network.id;
}
