import { and, desc, eq, inArray } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, libraryConditionNotes, libraryHolds, venues } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { mayBook } from '../space/resource-access.ts';
import { LIVE_HOLD_STATUSES } from '../../library-options.ts';
import { findItem } from './item-access.ts';
import { itemPhotoInfo } from './item-photo.ts';
import { itemNow, liveHoldCount, queuePosition, stateOf } from './item-state.ts';
import { offerLastDay } from './rules.ts';

const HISTORY = 30;

/**
 * An item's page: what it is, its state, its condition history (newest first), how many people wait, and the
 * reader's own hold (place in line, or until when it is kept) or loan (due day, whether it may be renewed).
 * Another network's item, a room, or an item for the coordinators only (to a plain member) is « not found ».
 */
export async function itemPage(options: { actor: Actor | null; networkId: string; resourceId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const item = await findItem(db(), options.networkId, options.resourceId);
	const coordinator = isCoordinator(actor, options.networkId);
	if (!item || (item.audience === 'coordinators' && !coordinator)) throw new AppError('not_found');
	const [state, [venue], history, [hold], waiting, mayHold, photo] = await Promise.all([
		itemNow(db(), item.id),
		db().select({ name: venues.name }).from(venues).where(eq(venues.id, item.venueId)),
		db()
			.select({
				kind: libraryConditionNotes.kind,
				note: libraryConditionNotes.note,
				createdAt: libraryConditionNotes.createdAt
			})
			.from(libraryConditionNotes)
			.where(eq(libraryConditionNotes.resourceId, item.id))
			.orderBy(desc(libraryConditionNotes.createdAt))
			.limit(HISTORY),
		db()
			.select()
			.from(libraryHolds)
			.where(
				and(
					eq(libraryHolds.resourceId, item.id),
					eq(libraryHolds.accountId, actor.accountId),
					inArray(libraryHolds.status, [...LIVE_HOLD_STATUSES])
				)
			),
		liveHoldCount(db(), item.id),
		mayBook(db(), actor, options.networkId, item),
		itemPhotoInfo(options.networkId, item.id)
	]);
	const loan = state.loan;
	const myLoan = loan?.accountId === actor.accountId ? loan : undefined;
	const nameOf = async (accountId: string) =>
		(await db().select({ name: accounts.name }).from(accounts).where(eq(accounts.id, accountId)))[0];
	const borrower = coordinator && loan ? await nameOf(loan.accountId) : undefined;
	// The desk sees whom the item is kept for, to lend it to them in one step.
	const keptFor = coordinator && state.offer ? await nameOf(state.offer.accountId) : undefined;
	return {
		item: { ...item, venueName: venue?.name ?? '' },
		photo,
		state: stateOf({
			inRepair: state.repair !== undefined,
			dueOn: loan?.dueOn ?? null,
			kept: state.offer !== undefined
		}),
		dueOn: loan?.dueOn ?? null,
		waiting,
		history,
		mayHold: mayHold && !hold && !myLoan,
		myHold: hold
			? {
					id: hold.id,
					status: hold.status,
					position: hold.status === 'waiting' ? await queuePosition(db(), hold) : null,
					until: hold.offerExpiresAt ? offerLastDay(hold.offerExpiresAt) : null
				}
			: null,
		myLoan: myLoan
			? {
					id: myLoan.id,
					dueOn: myLoan.dueOn,
					renewals: myLoan.renewals,
					mayRenew: waiting === 0 && myLoan.renewals < item.maxRenewals
				}
			: null,
		// The desk sees who has it.
		borrower: borrower ? { accountId: loan!.accountId, name: borrower.name, loanId: loan!.id } : null,
		keptFor: keptFor && state.offer ? { accountId: state.offer.accountId, name: keptFor.name } : null,
		inRepair: state.repair !== undefined,
		isDesk: coordinator
	};
}
