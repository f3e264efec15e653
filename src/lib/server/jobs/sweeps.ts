// The periodic sweeps every worker runs (worker.ts `runSweeps`), in this order. Each finds its own work in the
// database, takes its rows with FOR UPDATE SKIP LOCKED and works in small batches (batches.ts). To add one:
// import it and add one line to the list — one line per sweep, so that several changes never touch the same line.
import { sendExpiryNotices } from '../posts/send-expiry-notices.ts';
import { sendMessageNotices } from '../messages/send-message-notices.ts';
import { sendDigests } from '../notifications/send-digests.ts';
import { expireOffers } from '../events/expire-offers.ts';
import { sendEventReminders } from '../events/send-event-reminders.ts';
import { purgeAuthLeftovers } from '../auth/purge-auth-leftovers.ts';
import { remindAgreements } from '../partners/remind-agreements.ts';
import { lapseBookingRequests } from '../space/lapse-requests.ts';
import { expireHoldOffers } from '../library/expire-hold-offers.ts';
import { sendLoanReminders } from '../library/send-loan-reminders.ts';
import { sendCheckinReminders } from '../job-circle/send-checkin-reminders.ts';
import { deleteExpiredCvs } from '../job-circle/delete-expired-cvs.ts';
import { sendCareReminders } from '../childcare/send-care-reminders.ts';
import { clearCareDetails } from '../childcare/clear-care-details.ts';
import { purgeCareAudit } from '../childcare/purge-care-audit.ts';
import { sendTaskReminders } from '../challenges/send-task-reminders.ts';
import { closeOverduePolls, remindPollMembers } from '../polls/poll-sweeps.ts';

export const SWEEPS: readonly (() => Promise<unknown>)[] = [
	sendExpiryNotices,
	sendMessageNotices,
	sendDigests,
	expireOffers,
	sendEventReminders,
	purgeAuthLeftovers,
	lapseBookingRequests,
	sendCheckinReminders,
	deleteExpiredCvs,
	expireHoldOffers,
	sendLoanReminders,
	remindAgreements,
	sendCareReminders,
	clearCareDetails,
	purgeCareAudit,
	sendTaskReminders,
	remindPollMembers,
	closeOverduePolls
];
