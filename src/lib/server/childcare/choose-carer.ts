// « Choisir cette personne »: the parent (or a coordinator for a parent without email) chooses one of the carers
// who offered; the others are thanked. One confirmed carer per request: the request's row lock orders two
// choices made at once, and the partial unique index `childcare_offers_one_chosen_idx` refuses a second chosen
// offer whatever the code does (decision 032).
import { and, eq, ne } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { isUuid } from '../db/ids.ts';
import { childcareOffers, childcareRequests } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { isActiveCarer } from './carer-status.ts';
import { notifyCare } from './notify-care.ts';
import { openCareRequest } from './request-access.ts';

export async function chooseCarer(options: {
	actor: Actor | null;
	networkId: string;
	requestId: string;
	carerAccountId: string;
}) {
	const at = now();
	return db()
		.transaction(async (tx) => {
			const { request, offers, role } = await openCareRequest(tx, { ...options, lock: true });
			if (role !== 'parent') throw new AppError('not_found');
			if (request.status === 'confirmed') throw new AppError('care_already_confirmed');
			if (request.status !== 'open' || request.endsAt <= at) throw new AppError('care_not_open');
			const offer = isUuid(options.carerAccountId)
				? offers.find((o) => o.carerAccountId === options.carerAccountId)
				: undefined;
			// A carer suspended since the offer cannot be chosen.
			if (!offer || !(await isActiveCarer(tx, options.networkId, offer.carerAccountId))) {
				throw new AppError('care_not_trusted', 'carerAccountId');
			}
			await tx
				.update(childcareOffers)
				.set({ status: 'chosen', decidedAt: at })
				.where(
					and(eq(childcareOffers.requestId, request.id), eq(childcareOffers.carerAccountId, offer.carerAccountId))
				);
			await tx
				.update(childcareOffers)
				.set({ status: 'thanked', decidedAt: at })
				.where(
					and(eq(childcareOffers.requestId, request.id), ne(childcareOffers.carerAccountId, offer.carerAccountId))
				);
			await tx
				.update(childcareRequests)
				.set({ status: 'confirmed', confirmedAt: at })
				.where(eq(childcareRequests.id, request.id));
			const tell = (accountId: string, what: 'chosen' | 'thanked') =>
				notifyCare(tx, {
					networkId: options.networkId,
					accountId,
					what,
					requestId: request.id,
					startsAt: request.startsAt
				});
			await tell(offer.carerAccountId, 'chosen');
			for (const other of offers) if (other !== offer) await tell(other.carerAccountId, 'thanked');
		})
		.catch((error: unknown) => {
			if (isUniqueViolation(error)) throw new AppError('care_already_confirmed');
			throw error;
		});
}
