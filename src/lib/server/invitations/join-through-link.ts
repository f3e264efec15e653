// Joining the network through an invitation link (decision 039): the same sign-up and join as without a link
// (decision 007: open, or on approval), with the join counted for the link in the same transaction — an expired
// or exhausted link refuses, and nothing is written.
import type { Actor } from '../auth/policies.ts';
import { joinNetwork } from '../networks/join-network.ts';
import { signUp } from '../networks/sign-up.ts';
import { db } from '../db/client.ts';
import { findLinkByToken, joinsOf, linkState, recordJoin, requireOpen } from './links.ts';
import { now } from '../clock.ts';

async function openLink(token: string) {
	const { link, network } = await findLinkByToken(db(), token);
	// Checked before hashing a password or writing anything; checked again under the lock by recordJoin.
	requireOpen(linkState(link, await joinsOf(db(), link.id), now()));
	return network;
}

/** A person with an account joins (or asks to join) the link's network. */
export async function joinThroughLink(options: {
	actor: Actor | null;
	token: string;
	origin: string;
	sessionToken?: string;
}) {
	const network = await openLink(options.token);
	return joinNetwork({
		actor: options.actor,
		networkSlug: network.slug,
		origin: options.origin,
		sessionToken: options.sessionToken,
		whileJoining: (tx, joined) => recordJoin(tx, options.token, joined)
	});
}

/** A person without an account signs up to the link's network. */
export async function signUpThroughLink(options: {
	token: string;
	name: string;
	email: string;
	password: string;
	origin: string;
	locale?: 'fr' | 'en';
}) {
	const network = await openLink(options.token);
	return signUp({
		name: options.name,
		email: options.email,
		password: options.password,
		networkSlug: network.slug,
		origin: options.origin,
		locale: options.locale,
		whileJoining: (tx, joined) => recordJoin(tx, options.token, joined)
	});
}
