// « Dire merci »: a learner whose part of an exchange counts leaves one thank-you note for the sharer, shown on
// the sharer's profile (the sharer may hide it).
import { and, eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { exchangeLearners, exchangeThanks, exchanges } from '../db/schema/index.ts';
import { MAX_LENGTH } from '../../limits.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';

export async function thankSharer(options: {
	actor: Actor | null;
	networkId: string;
	exchangeId: string;
	message: string;
}) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.exchangeId)) throw new AppError('not_found');
	const message = options.message.trim();
	if (message.length === 0 || message.length > MAX_LENGTH.exchangeThanks)
		throw new AppError('invalid_input', 'message');
	try {
		return await db().transaction(async (tx) => {
			const [part] = await tx
				.select({
					sharerAccountId: exchanges.sharerAccountId,
					sharerStatus: exchanges.sharerStatus,
					status: exchangeLearners.status
				})
				.from(exchanges)
				.leftJoin(
					exchangeLearners,
					and(eq(exchangeLearners.exchangeId, exchanges.id), eq(exchangeLearners.accountId, actor.accountId))
				)
				.where(and(eq(exchanges.id, options.exchangeId), eq(exchanges.networkId, options.networkId)));
			if (!part) throw new AppError('not_found');
			if (!part.status) throw new AppError('forbidden');
			if (part.status !== 'confirmed' || part.sharerStatus !== 'confirmed') {
				throw new AppError('exchange_not_confirmed');
			}
			const [thanks] = await tx
				.insert(exchangeThanks)
				.values({
					exchangeId: options.exchangeId,
					networkId: options.networkId,
					accountId: actor.accountId,
					message,
					createdAt: now()
				})
				.returning();
			await notify(tx, {
				networkId: options.networkId,
				accountId: part.sharerAccountId,
				kind: 'thanks',
				params: { name: actor.name },
				link: `/membres/${part.sharerAccountId}`
			});
			return thanks;
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new AppError('exchange_already_thanked');
		throw error;
	}
}
