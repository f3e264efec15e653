// « M'inscrire sans compte »: a visitor with the secret link gives a name and an email address for one occurrence.
// Nothing is booked yet: an email with the link to their own page is sent, and the place is taken there, by
// their click (decision 024). So nobody can take places with someone else's address, and asking again with the
// same address for the same occurrence sends the link again (at most every few minutes) instead of a second guest.
import { and, eq, sql } from 'drizzle-orm';
import type { Locale } from '../../accounts/locale.ts';
import { randomToken } from '../../auth/crypto.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { isUuid } from '../../db/ids.ts';
import { eventGuests, eventOccurrences } from '../../db/schema/index.ts';
import { queueEmail } from '../../email/queue-email.ts';
import { AppError } from '../../errors.ts';
import { formatWhen } from '../describe-event.ts';
import { requireOpen } from '../event-access.ts';
import { guestLinkEmail } from '../guest-emails.ts';
import { guestPlaceUrl } from '../notify-event.ts';
import { findInvitedEvent } from './invitation.ts';

/** The link is sent again for the same address and occurrence at most this often. */
export const RESEND_MINUTES = 5;
/**
 * At most this many links an hour for one event, whatever the addresses: whoever has the link cannot make the
 * instance email hundreds of strangers (and lose its mail reputation). A real rush waits an hour.
 */
export const GUEST_LINKS_PER_HOUR = 30;

export async function requestGuestPlace(options: {
	eventId: string;
	token: string;
	occurrenceId: string;
	name: string;
	/** Already checked and lower-cased (validation/event-guests.ts). */
	email: string;
	locale: Locale;
}): Promise<{ email: string }> {
	try {
		await db().transaction(async (tx) => {
			const { event, network } = await findInvitedEvent(tx, options.eventId, options.token);
			if (!isUuid(options.occurrenceId)) throw new AppError('not_found', 'occurrenceId');
			const [occurrence] = await tx
				.select()
				.from(eventOccurrences)
				.where(and(eq(eventOccurrences.eventId, event.id), eq(eventOccurrences.id, options.occurrenceId)));
			if (!occurrence) throw new AppError('not_found', 'occurrenceId');
			const at = now();
			requireOpen(occurrence, event, at);
			const [known] = await tx
				.select()
				.from(eventGuests)
				.where(and(eq(eventGuests.occurrenceId, occurrence.id), sql`lower(${eventGuests.email}) = ${options.email}`));
			if (known && known.linkSentAt.getTime() > at.getTime() - RESEND_MINUTES * 60_000) return;
			const [recent] = await tx
				.select({ links: sql<number>`count(*)::int` })
				.from(eventGuests)
				.innerJoin(eventOccurrences, eq(eventOccurrences.id, eventGuests.occurrenceId))
				.where(
					and(
						eq(eventOccurrences.eventId, event.id),
						sql`${eventGuests.linkSentAt} > ${new Date(at.getTime() - 3_600_000).toISOString()}::timestamptz`
					)
				);
			if (recent.links >= GUEST_LINKS_PER_HOUR) throw new AppError('event_guest_busy');
			const guest = known
				? (await tx.update(eventGuests).set({ linkSentAt: at }).where(eq(eventGuests.id, known.id)).returning())[0]
				: (
						await tx
							.insert(eventGuests)
							.values({
								networkId: event.networkId,
								occurrenceId: occurrence.id,
								name: options.name,
								email: options.email,
								locale: options.locale,
								token: randomToken(),
								createdAt: at,
								linkSentAt: at
							})
							.returning()
					)[0];
			const message = guestLinkEmail({
				locale: guest.locale as Locale,
				name: guest.name,
				network,
				title: event.title,
				when: formatWhen(occurrence.startsAt.toISOString(), guest.locale as Locale),
				url: guestPlaceUrl(guest.token)
			});
			await queueEmail({ to: guest.email, toAccountId: null, message, tx });
		});
	} catch (error) {
		// The same address asked twice at the same moment: the first request sent the link.
		if (!isUniqueViolation(error)) throw error;
	}
	return { email: options.email };
}
