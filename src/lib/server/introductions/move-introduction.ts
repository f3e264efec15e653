import { and, eq, inArray } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { introductionPeople, introductions } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { statusesBefore, type IntroductionStatus } from './transitions.ts';
import { isUuid } from '../db/ids.ts';

/**
 * Moves an introduction one step (accept, meeting done, finished, cancelled, no follow-up), dating the step.
 * The people involved and the coordinators may do it; the move happens only from a status that allows it, checked
 * in the same UPDATE, so two people clicking at once cannot skip or repeat a step.
 */
export async function moveIntroduction(options: {
	actor: Actor | null;
	networkId: string;
	introductionId: string;
	to: IntroductionStatus;
}) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.introductionId)) throw new AppError('not_found');
	const [involved] = await db()
		.select({ accountId: introductionPeople.accountId })
		.from(introductionPeople)
		.where(
			and(
				eq(introductionPeople.introductionId, options.introductionId),
				eq(introductionPeople.networkId, options.networkId),
				eq(introductionPeople.accountId, actor.accountId)
			)
		);
	const [introduction] = await db()
		.select({ id: introductions.id, status: introductions.status })
		.from(introductions)
		.where(and(eq(introductions.id, options.introductionId), eq(introductions.networkId, options.networkId)));
	if (!introduction) throw new AppError('not_found');
	if (!involved && !isCoordinator(actor, options.networkId)) throw new AppError('forbidden');

	const at = now();
	const dates = options.to === 'accepted' ? { acceptedAt: at } : options.to === 'met' ? { metAt: at } : { endedAt: at };
	const [moved] = await db()
		.update(introductions)
		.set({ status: options.to, ...dates })
		.where(and(eq(introductions.id, introduction.id), inArray(introductions.status, statusesBefore(options.to))))
		.returning();
	if (!moved) throw new AppError('transition_refused');
	return moved;
}
