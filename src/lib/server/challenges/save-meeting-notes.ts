import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { meetingNotes } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { occurrenceForNotes } from './notes-access.ts';

/** Writes or replaces the notes of an occurrence (no history: the last text is kept, with who wrote it and when). */
export async function saveMeetingNotes(options: {
	actor: Actor | null;
	networkId: string;
	eventId: string;
	occurrenceId: string;
	body: string;
}) {
	const q = db();
	const { actor, occurrence, canWrite } = await occurrenceForNotes(q, options);
	if (!canWrite) throw new AppError('forbidden');
	const values = { body: options.body, updatedByAccountId: actor.accountId, updatedAt: now() };
	const [saved] = await q
		.insert(meetingNotes)
		.values({ occurrenceId: occurrence.id, networkId: options.networkId, ...values })
		.onConflictDoUpdate({ target: meetingNotes.occurrenceId, set: values })
		.returning();
	return saved;
}
