// People without an account answer through the poll's link (decision 037): a name, an optional email. They get a
// private link to change their answer, shown once and emailed if they gave an address; only its SHA-256 is
// stored (decision 024's secrets, but hashed: no later email needs to carry it).
import { and, eq } from 'drizzle-orm';
import type { Locale } from '../accounts/locale.ts';
import { randomToken, sha256 } from '../auth/crypto.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { networks, pollParticipants, polls } from '../db/schema/index.ts';
import { queueEmail } from '../email/queue-email.ts';
import { AppError } from '../errors.ts';
import type { PollGuestAnswerInput } from '../../validation/polls.ts';
import { pollLinkSecret, type PollRow } from './poll-access.ts';
import { guestEditUrl, pollGuestLinkEmail } from './poll-emails.ts';
import { requireOpenPoll, writeAnswers } from './write-answers.ts';

/** The poll this public link opens, with its network's name; not_found otherwise or while suspended. */
export async function pollByLink(q: Queryable, token: string, lock = false) {
	if (!pollLinkSecret(token)) throw new AppError('not_found');
	const query = q
		.select({ poll: polls, network: networks.name })
		.from(polls)
		.innerJoin(networks, eq(networks.id, polls.networkId))
		.where(and(eq(polls.linkToken, token), eq(networks.status, 'active')));
	const [row] = lock ? await query.for('update', { of: polls }) : await query;
	if (!row) throw new AppError('not_found');
	return row;
}

/** The guest this private link belongs to, with their poll (locked when asked); not_found otherwise. */
export async function guestByPrivateLink(q: Queryable, secret: string, lock = false) {
	if (!pollLinkSecret(secret)) throw new AppError('not_found');
	const query = q
		.select({ participant: pollParticipants, poll: polls, network: networks.name })
		.from(pollParticipants)
		.innerJoin(polls, eq(polls.id, pollParticipants.pollId))
		.innerJoin(networks, eq(networks.id, polls.networkId))
		.where(and(eq(pollParticipants.guestTokenHash, sha256(secret)), eq(networks.status, 'active')));
	const [row] = lock ? await query.for('update', { of: polls }) : await query;
	if (!row) throw new AppError('not_found');
	return row;
}

export async function answerPollAsGuest(options: { token: string; locale: Locale; input: PollGuestAnswerInput }) {
	const secret = randomToken();
	const { input } = options;
	const result = await db().transaction(async (tx) => {
		const { poll, network } = await pollByLink(tx, options.token, true);
		requireOpenPoll(poll);
		const at = now();
		const [participant] = await tx
			.insert(pollParticipants)
			.values({
				networkId: poll.networkId,
				pollId: poll.id,
				guestName: input.name,
				guestEmail: input.email,
				guestTokenHash: sha256(secret),
				guestLocale: options.locale,
				comment: input.comment,
				createdAt: at,
				updatedAt: at
			})
			.returning({ id: pollParticipants.id });
		await writeAnswers(tx, poll, participant.id, input.answers);
		if (input.email !== null) {
			const message = pollGuestLinkEmail({
				locale: options.locale,
				name: input.name,
				network,
				title: poll.title,
				url: guestEditUrl(secret)
			});
			await queueEmail({ to: input.email, toAccountId: null, message, tx });
		}
		return { poll };
	});
	return { secret, pollTitle: result.poll.title };
}

/** The guest changes their answer (and name, comment) from their private link. */
export async function editGuestAnswer(options: { secret: string; input: PollGuestAnswerInput }) {
	return db().transaction(async (tx) => {
		const { participant, poll } = await guestByPrivateLink(tx, options.secret, true);
		requireOpenPoll(poll as PollRow);
		await tx
			.update(pollParticipants)
			.set({
				guestName: options.input.name,
				guestEmail: options.input.email,
				comment: options.input.comment,
				updatedAt: now()
			})
			.where(eq(pollParticipants.id, participant.id));
		await writeAnswers(tx, poll, participant.id, options.input.answers);
		return { participantId: participant.id };
	});
}
