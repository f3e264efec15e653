import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, meetingNotes } from '../db/schema/index.ts';
import { occurrenceForNotes } from './notes-access.ts';

/** The notes of an occurrence for someone who sees the event (null when none were written), and whether they may edit. */
export async function getMeetingNotes(options: {
	actor: Actor | null;
	networkId: string;
	eventId: string;
	occurrenceId: string;
	token?: string;
}) {
	const q = db();
	const { event, occurrence, canWrite } = await occurrenceForNotes(q, options);
	const [notes] = await q
		.select({ body: meetingNotes.body, updatedAt: meetingNotes.updatedAt, updatedBy: accounts.name })
		.from(meetingNotes)
		.innerJoin(accounts, eq(accounts.id, meetingNotes.updatedByAccountId))
		.where(eq(meetingNotes.occurrenceId, occurrence.id));
	return {
		event: { id: event.id, title: event.title },
		occurrence: { id: occurrence.id, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt },
		notes: notes ?? null,
		canWrite
	};
}
