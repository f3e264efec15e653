// A coordinator makes a labelled link to join the network (decision 039), for a poster or a market stand.
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { randomToken } from '../auth/crypto.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { invitationLinks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { endOfParisDay } from '../tips/lifetime.ts';
import type { InvitationLinkInput } from '../../validation/invitations.ts';

export async function createInvitationLink(options: { actor: Actor | null; networkId: string } & InvitationLinkInput) {
	const actor = requireCoordinator(options.actor, options.networkId);
	// The link works until the evening of its last day, Paris time; a day already over makes a dead link.
	const expiresAt = options.lastDay ? endOfParisDay(options.lastDay) : null;
	if (expiresAt && expiresAt <= now()) throw new AppError('invitation_day_past', 'lastDay');
	const [link] = await db()
		.insert(invitationLinks)
		.values({
			networkId: options.networkId,
			label: options.label,
			posterText: options.posterText,
			token: randomToken(),
			expiresAt,
			maxUses: options.maxUses,
			createdByAccountId: actor.accountId,
			createdAt: now()
		})
		.returning({ id: invitationLinks.id, token: invitationLinks.token });
	return link;
}
