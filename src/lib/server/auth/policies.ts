// Who may do what. Domain functions call these first; routes never decide permissions themselves.
import { AppError } from '../errors.ts';

export type Role = 'member' | 'coordinator';
export type MembershipStatus = 'pending' | 'active' | 'refused';
export type Membership = { networkId: string; role: Role; status: MembershipStatus };

/** The person making the request, as loaded from their session (null when not logged in). */
export type Actor = {
	accountId: string;
	name: string;
	isInstanceAdmin: boolean;
	memberships: Membership[];
};

export function requireAccount(actor: Actor | null): Actor {
	if (!actor) throw new AppError('not_logged_in');
	return actor;
}

export function membershipIn(actor: Actor | null, networkId: string): Membership | undefined {
	return actor?.memberships.find((m) => m.networkId === networkId);
}

/** An active member (or coordinator) of this network. */
export function requireMember(actor: Actor | null, networkId: string): Actor {
	const account = requireAccount(actor);
	const membership = membershipIn(account, networkId);
	if (!membership || membership.status === 'refused') throw new AppError('not_member');
	if (membership.status === 'pending') throw new AppError('membership_pending');
	return account;
}

export function isCoordinator(actor: Actor | null, networkId: string): boolean {
	const membership = membershipIn(actor, networkId);
	return membership?.status === 'active' && membership.role === 'coordinator';
}

export function requireCoordinator(actor: Actor | null, networkId: string): Actor {
	const account = requireMember(actor, networkId);
	if (!isCoordinator(account, networkId)) throw new AppError('forbidden');
	return account;
}

export function requireInstanceAdmin(actor: Actor | null): Actor {
	const account = requireAccount(actor);
	if (!account.isInstanceAdmin) throw new AppError('forbidden');
	return account;
}

/**
 * Who may change a member's profile: the member, or a coordinator of the network when the member has no email
 * (they were created at the desk and may not use the site themselves).
 */
export function requireProfileEditor(
	actor: Actor | null,
	networkId: string,
	target: { accountId: string; hasEmail: boolean }
): Actor {
	const account = requireMember(actor, networkId);
	if (account.accountId === target.accountId) return account;
	if (!target.hasEmail && isCoordinator(account, networkId)) return account;
	throw new AppError('forbidden');
}
