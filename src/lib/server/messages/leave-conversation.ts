import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { conversationParticipants } from '../db/schema/index.ts';
import { requireParticipation } from './conversation-access.ts';

/**
 * « Quitter la conversation »: the actor no longer writes there, gets no notice and sees nothing written after;
 * the others see that they left. Leaving twice changes nothing.
 */
export async function leaveConversation(options: { actor: Actor | null; networkId: string; conversationId: string }) {
	const { participation } = await requireParticipation(db(), options);
	await db()
		.update(conversationParticipants)
		.set({ leftAt: now() })
		.where(
			and(
				eq(conversationParticipants.conversationId, participation.conversationId),
				eq(conversationParticipants.accountId, participation.accountId),
				isNull(conversationParticipants.leftAt)
			)
		);
}
