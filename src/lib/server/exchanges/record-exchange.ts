// « Enregistrer l'échange »: a participant records what happened, and the others confirm it; a coordinator
// records it for others (e.g. members without email), already confirmed (decision 019).
import { and, eq } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Tx } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { accounts, exchangeLearners, exchanges, introductions, posts, skills } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { activeMemberIds } from '../networks/active-members.ts';
import { notify } from '../notifications/notify.ts';
import { MAX_COUNT, RANGE } from '../../limits.ts';
import { addDays } from '../../validation/exchanges.ts';
import { parisDate } from '../../paris-time.ts';
import { ledgerRefusal, reciprocityModeOf, writeLedgerEntries } from './ledger.ts';

/** How far back an exchange may be recorded, and how far ahead (a day, for clocks and late evenings). */
export const EXCHANGE_DAYS_BACK = 366;
export const EXCHANGE_DAYS_AHEAD = 1;

export type RecordExchangeOptions = {
	actor: Actor | null;
	networkId: string;
	sharerAccountId: string;
	learnerAccountIds: string[];
	skillId: string;
	/** YYYY-MM-DD, the day it happened (Europe/Paris). */
	occurredOn: string;
	minutes: number;
	postId?: string | null;
	introductionId?: string | null;
};

function checkInput(o: RecordExchangeOptions) {
	const learners = [...new Set(o.learnerAccountIds)];
	if (learners.length === 0 || learners.length > MAX_COUNT.exchangeLearners)
		throw new AppError('invalid_input', 'learnerAccountIds');
	if (!isUuid(o.sharerAccountId)) throw new AppError('exchange_person_unknown', 'sharerAccountId');
	if (!learners.every(isUuid)) throw new AppError('exchange_person_unknown', 'learnerAccountIds');
	if (learners.includes(o.sharerAccountId)) throw new AppError('exchange_self_learner', 'learnerAccountIds');
	if (!isUuid(o.skillId)) throw new AppError('skill_unknown', 'skillId');
	if (!Number.isInteger(o.minutes) || o.minutes < RANGE.exchangeMinutes.min || o.minutes > RANGE.exchangeMinutes.max) {
		throw new AppError('invalid_input', 'minutes');
	}
	const today = parisDate(now());
	if (
		!/^\d{4}-\d{2}-\d{2}$/.test(o.occurredOn) ||
		o.occurredOn > addDays(today, EXCHANGE_DAYS_AHEAD) ||
		o.occurredOn < addDays(today, -EXCHANGE_DAYS_BACK)
	) {
		throw new AppError('exchange_date_range', 'occurredOn');
	}
	for (const id of [o.postId, o.introductionId]) if (id && !isUuid(id)) throw new AppError('not_found');
	return learners;
}

/** The sharer and learners must all be active members of the network. */
async function checkPeople(tx: Tx, networkId: string, sharer: string, learners: string[]) {
	const ids = await activeMemberIds(tx, networkId, [sharer, ...learners]);
	if (!ids.has(sharer)) throw new AppError('exchange_person_unknown', 'sharerAccountId');
	if (!learners.every((l) => ids.has(l))) throw new AppError('exchange_person_unknown', 'learnerAccountIds');
}

async function skillName(tx: Tx, networkId: string, skillId: string) {
	const [skill] = await tx
		.select({ name: skills.name })
		.from(skills)
		.where(and(eq(skills.id, skillId), eq(skills.networkId, networkId)));
	if (!skill) throw new AppError('skill_unknown', 'skillId');
	return skill.name;
}

/** The post and introduction it came from, if any, must be of this network; the introduction's people met. */
async function checkOrigin(tx: Tx, o: RecordExchangeOptions) {
	if (o.postId) {
		const [post] = await tx
			.select({ id: posts.id })
			.from(posts)
			.where(and(eq(posts.id, o.postId), eq(posts.networkId, o.networkId)));
		if (!post) throw new AppError('not_found');
	}
	if (o.introductionId) {
		const [intro] = await tx
			.select({ status: introductions.status, postId: introductions.postId })
			.from(introductions)
			.where(and(eq(introductions.id, o.introductionId), eq(introductions.networkId, o.networkId)));
		if (!intro || (o.postId && intro.postId !== o.postId)) throw new AppError('not_found');
		if (intro.status !== 'met' && intro.status !== 'done') throw new AppError('transition_refused');
	}
}

/** Records an exchange. Returns it; its parts wait for the others' answers unless a coordinator entered it. */
export async function recordExchange(options: RecordExchangeOptions) {
	const actor = requireMember(options.actor, options.networkId);
	const learners = checkInput(options);
	const me = actor.accountId;
	const participant = me === options.sharerAccountId || learners.includes(me);
	// A coordinator who is not part of the exchange enters it for the people; one who is part of it is a
	// participant like anyone else, so nobody confirms their own exchange on the others' behalf.
	const onBehalf = !participant && isCoordinator(actor, options.networkId);
	if (!participant && !onBehalf) throw new AppError('forbidden');
	const origin = onBehalf ? 'coordinator' : me === options.sharerAccountId ? 'sharer' : 'learner';
	const at = now();

	try {
		return await db().transaction(async (tx) => {
			await checkPeople(tx, options.networkId, options.sharerAccountId, learners);
			const skill = await skillName(tx, options.networkId, options.skillId);
			await checkOrigin(tx, options);
			const sharerConfirmed = onBehalf || origin === 'sharer';
			const [exchange] = await tx
				.insert(exchanges)
				.values({
					networkId: options.networkId,
					sharerAccountId: options.sharerAccountId,
					skillId: options.skillId,
					occurredOn: options.occurredOn,
					minutes: options.minutes,
					postId: options.postId ?? null,
					introductionId: options.introductionId ?? null,
					origin,
					recordedByAccountId: me,
					sharerStatus: sharerConfirmed ? 'confirmed' : 'pending',
					sharerDecidedAt: sharerConfirmed ? at : null,
					confirmedAt: onBehalf ? at : null,
					createdAt: at
				})
				.returning();
			const confirmedLearner = (id: string) => onBehalf || id === me;
			await tx.insert(exchangeLearners).values(
				learners.map((accountId) => ({
					exchangeId: exchange.id,
					networkId: options.networkId,
					sharerAccountId: options.sharerAccountId,
					accountId,
					status: confirmedLearner(accountId) ? 'confirmed' : 'pending',
					decidedAt: confirmedLearner(accountId) ? at : null
				}))
			);
			if (onBehalf && (await reciprocityModeOf(tx, options.networkId)) === 'time_bank') {
				await writeLedgerEntries(tx, exchange, learners);
			}
			// Everyone whose answer is awaited is told (in the app, and by email as they chose).
			const waiting = [
				...(sharerConfirmed ? [] : [options.sharerAccountId]),
				...learners.filter((l) => !confirmedLearner(l))
			];
			const [recorder] = await tx.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, me));
			for (const accountId of waiting) {
				await notify(tx, {
					networkId: options.networkId,
					accountId,
					kind: 'exchange',
					params: { name: recorder?.name ?? actor.name, skill },
					link: '/echanges'
				});
			}
			return exchange;
		});
	} catch (error) {
		return ledgerRefusal(error);
	}
}
