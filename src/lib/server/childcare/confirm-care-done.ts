// « La garde a eu lieu »: after the slot, the parent's side and the chosen carer each say it happened. With both,
// the exchange is recorded — once: the request's row lock orders the two answers, and `exchange_id` is unique
// (decision 032). The first to answer asks the other through a notice.
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { childcareRequests } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { recordCareExchange } from './care-exchange.ts';
import { notifyCare } from './notify-care.ts';
import { openCareRequest } from './request-access.ts';

export async function confirmCareDone(options: { actor: Actor | null; networkId: string; requestId: string }) {
	const at = now();
	return db().transaction(async (tx) => {
		const { actor, request, offers, role } = await openCareRequest(tx, { ...options, lock: true });
		const chosen = offers.find((o) => o.status === 'chosen');
		const isCarer = role === 'carer' && chosen?.carerAccountId === actor.accountId;
		if (request.status !== 'confirmed' || !chosen || (role !== 'parent' && !isCarer))
			throw new AppError('care_not_open');
		if (at < request.endsAt) throw new AppError('care_not_ended');
		if ((isCarer ? request.carerDoneAt : request.parentDoneAt) !== null) throw new AppError('care_already_done');
		const done = isCarer ? { carerDoneAt: at } : { parentDoneAt: at };
		const both = (isCarer ? request.parentDoneAt : request.carerDoneAt) !== null;
		let exchangeId: string | null = null;
		if (both) {
			const origin = isCarer ? 'sharer' : actor.accountId === request.parentAccountId ? 'learner' : 'coordinator';
			const exchange = await recordCareExchange(tx, {
				request,
				carerAccountId: chosen.carerAccountId,
				byAccountId: actor.accountId,
				origin,
				at
			});
			exchangeId = exchange.id;
		}
		await tx
			.update(childcareRequests)
			.set({ ...done, ...(exchangeId ? { exchangeId } : {}) })
			.where(eq(childcareRequests.id, request.id));
		if (!both) {
			await notifyCare(tx, {
				networkId: options.networkId,
				accountId: isCarer ? request.parentAccountId : chosen.carerAccountId,
				what: 'done',
				requestId: request.id,
				startsAt: request.startsAt
			});
		}
		return { exchangeId };
	});
}
