// Email notices of new private messages, throttled (decision 018): a participant is emailed about a conversation
// when a message from someone else has waited unread for NOTICE_DELAY, and at most once per NOTICE_INTERVAL for
// that conversation — never one email per message. Run by every job worker (jobs/worker.ts runSweeps); each
// participant row is taken in a small batch (jobs/batches.ts), one short transaction with FOR UPDATE SKIP LOCKED, so several processes can
// sweep at once and each notice goes out once.
import { and, eq, gt, ne, sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, sqlRows, type Queryable } from '../db/client.ts';
import { accounts, conversationParticipants, messages } from '../db/schema/index.ts';
import { inBatches } from '../jobs/batches.ts';
import { notify } from '../notifications/notify.ts';

const MINUTE = 60_000;
/** How long a message waits unread before its email notice (the person may be reading on the site). */
export const NOTICE_DELAY_MS = 15 * MINUTE;
/** At most one notice per conversation and person in this time. */
export const NOTICE_INTERVAL_MS = 3 * 60 * MINUTE;
/** Messages older than this never cause a notice (an old backlog is not news). */
const NOTICE_HORIZON_MS = 7 * 24 * 60 * MINUTE;
const MAX_AUTHORS_NAMED = 3;

type Candidate = {
	conversation_id: string;
	account_id: string;
	network_id: string;
	last_read_message_id: number | string | null;
	last_notified_at: Date | string | null;
};

/** Sends the notices that are due; returns how many participants were handled (emailed or not). */
export async function sendMessageNotices(options: { limit?: number } = {}): Promise<number> {
	return inBatches(options.limit ?? 500, noticeBatch);
}

/** One short transaction: up to `size` due participants, locked (others skip them), notified and marked. */
async function noticeBatch(size: number): Promise<number> {
	return db().transaction(async (tx) => {
		const at = now();
		const dueBefore = new Date(at.getTime() - NOTICE_DELAY_MS).toISOString();
		const quietSince = new Date(at.getTime() - NOTICE_INTERVAL_MS).toISOString();
		const horizon = new Date(at.getTime() - NOTICE_HORIZON_MS).toISOString();
		const due = await sqlRows<Candidate>(
			tx,
			sql`select p.conversation_id, p.account_id, p.network_id, p.last_read_message_id, p.last_notified_at
				from conversation_participants p
				where p.left_at is null
					and (p.last_notified_at is null or p.last_notified_at <= ${quietSince}::timestamptz)
					and p.conversation_id in (
						select m.conversation_id from messages m
						where m.created_at > ${horizon}::timestamptz and m.created_at <= ${dueBefore}::timestamptz)
					and exists (
						select 1 from messages m
						where m.conversation_id = p.conversation_id
							and m.id > coalesce(p.last_read_message_id, 0)
							and m.author_account_id <> p.account_id
							and m.created_at > ${horizon}::timestamptz
							and m.created_at <= ${dueBefore}::timestamptz
							and (p.last_notified_at is null or m.created_at > p.last_notified_at))
				limit ${size}
				for update of p skip locked`
		);
		for (const candidate of due) await noticeOne(tx, candidate, at);
		return due.length;
	});
}

async function noticeOne(tx: Queryable, candidate: Candidate, at: Date) {
	const authors = await tx
		.selectDistinct({ name: accounts.name })
		.from(messages)
		.innerJoin(accounts, eq(accounts.id, messages.authorAccountId))
		.where(
			and(
				eq(messages.conversationId, candidate.conversation_id),
				gt(messages.id, Number(candidate.last_read_message_id ?? 0)),
				ne(messages.authorAccountId, candidate.account_id)
			)
		)
		.orderBy(accounts.name)
		.limit(MAX_AUTHORS_NAMED);
	// The notification centre sends it as the person chose for messages: an email now, in the daily digest,
	// or in the app only (decision 020); never the text of the messages.
	await notify(tx, {
		networkId: candidate.network_id,
		accountId: candidate.account_id,
		kind: 'message',
		params: { name: authors.map((a) => a.name).join(', ') },
		link: `/messages/${candidate.conversation_id}`
	});
	// Marked whatever the delivery, so the person is not looked at again until the next interval.
	await tx
		.update(conversationParticipants)
		.set({ lastNotifiedAt: at })
		.where(
			and(
				eq(conversationParticipants.conversationId, candidate.conversation_id),
				eq(conversationParticipants.accountId, candidate.account_id)
			)
		);
}
