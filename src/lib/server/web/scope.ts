// Who asks, and about which network: the one place a route learns it (issue 12). The session hook fills
// `event.locals` (current-network.ts); routes never read it themselves, they ask here. A refusal is an AppError,
// which `guard` (in a load) and `handleForm` (in an action) turn into a redirect, an error page or a sentence.
import type { RequestEvent } from '@sveltejs/kit';
import { requireAccount, requireCoordinator, requireMember } from '../auth/policies.ts';
import { currentNetworkId } from './current-network.ts';

type WithLocals = Pick<RequestEvent, 'locals'>;
export type RequestActor = NonNullable<App.Locals['actor']>;
export type RequestNetwork = NonNullable<App.Locals['network']>;

/** What the page needs of its reader before anything else: a member of the network, or a coordinator. */
export type Need = 'member' | 'coordinator';

/** The options every domain function starts with. */
export type Scope = { actor: RequestActor | null; networkId: string };

/** Who asks: the logged-in person or null. The domain function decides what they may do. */
export function actorOf(event: WithLocals): RequestActor | null {
	return event.locals.actor ?? null;
}

/** The logged-in person; a visitor is asked to log in (`not_logged_in`). */
export function accountOf(event: WithLocals): RequestActor {
	return requireAccount(actorOf(event)) as RequestActor;
}

/**
 * `{ actor, networkId }` for the request's network. A visitor is asked to log in, a person whose only networks are
 * suspended is told so, others are not members. With `need`, the reader's role is checked up front: for pages
 * whose form needs nothing from the domain before it is sent (the domain function checks again when it is).
 */
export function scopeOf(event: WithLocals): Scope;
export function scopeOf(event: WithLocals, need: Need): { actor: RequestActor; networkId: string };
export function scopeOf(event: WithLocals, need?: Need): Scope {
	const networkId = currentNetworkId(event.locals);
	const actor = actorOf(event);
	if (need === 'member') requireMember(actor, networkId);
	if (need === 'coordinator') requireCoordinator(actor, networkId);
	return { actor, networkId };
}

/** The request's network itself (its name, its settings), with the same refusals as scopeOf. */
export function networkOf(event: WithLocals, need?: Need): RequestNetwork {
	if (need) scopeOf(event, need);
	else currentNetworkId(event.locals);
	return event.locals.network!;
}

/**
 * For pages that visitors see too (the home page, a public post, the layout): who asks and the network, when the
 * request has one (a visitor has one when the instance has a single network). Never refuses.
 */
export function visitorScopeOf(event: WithLocals) {
	const network = event.locals.network ?? null;
	return {
		actor: actorOf(event),
		networkId: network?.id ?? null,
		network,
		/** The person's networks that are suspended (decision 007), to say why there is no network. */
		suspendedNetworks: event.locals.suspendedNetworks ?? [],
		/** The layout's badges when the session hook already counted them (GET), else null. */
		unread: event.locals.unread ?? null
	};
}

/** After a form changed the network's settings: the layout, drawn after the action, shows the saved ones. */
export function showNetwork(event: WithLocals, network: RequestNetwork): void {
	event.locals.network = network;
}
