// « Annuler la demande »: the parent's side cancels before the slot ends; the carers who offered (the chosen one
// first of all) are told. The details are no longer shown to anyone (decision 032).
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { childcareRequests } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { notifyCare } from './notify-care.ts';
import { openCareRequest } from './request-access.ts';

export async function cancelCareRequest(options: { actor: Actor | null; networkId: string; requestId: string }) {
	const at = now();
	return db().transaction(async (tx) => {
		const { request, offers, role } = await openCareRequest(tx, { ...options, lock: true });
		if (role !== 'parent') throw new AppError('not_found');
		if (request.status === 'cancelled' || request.endsAt <= at) throw new AppError('care_not_open');
		await tx
			.update(childcareRequests)
			.set({ status: 'cancelled', confirmedAt: null, cancelledAt: at, note: '', address: '', phone: '' })
			.where(eq(childcareRequests.id, request.id));
		for (const offer of offers.filter((o) => o.status !== 'thanked')) {
			await notifyCare(tx, {
				networkId: options.networkId,
				accountId: offer.carerAccountId,
				what: 'cancelled',
				requestId: request.id,
				startsAt: request.startsAt
			});
		}
	});
}
