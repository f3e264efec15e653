// « Je peux garder »: an active trusted carer offers to look after the children of an open request that has not
// started. The parent is told (decision 032).
import { now } from '../clock.ts';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { childcareOffers } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { notifyCare } from './notify-care.ts';
import { openCareRequest } from './request-access.ts';

export async function offerCare(options: {
	actor: Actor | null;
	networkId: string;
	requestId: string;
	address: string;
	phone: string;
}) {
	const at = now();
	return db()
		.transaction(async (tx) => {
			const { actor, request, role, mine } = await openCareRequest(tx, { ...options, lock: true });
			if (role !== 'carer') throw new AppError('care_own_request');
			if (mine) throw new AppError('care_not_open');
			if (request.status !== 'open' || request.startsAt <= at) throw new AppError('care_not_open');
			await tx.insert(childcareOffers).values({
				requestId: request.id,
				networkId: options.networkId,
				carerAccountId: actor.accountId,
				address: request.place === 'carer_home' ? options.address : '',
				phone: options.phone,
				createdAt: at
			});
			await notifyCare(tx, {
				networkId: options.networkId,
				accountId: request.parentAccountId,
				what: 'offer',
				requestId: request.id,
				startsAt: request.startsAt
			});
		})
		.catch((error: unknown) => {
			if (isUniqueViolation(error)) throw new AppError('care_not_open');
			throw error;
		});
}
