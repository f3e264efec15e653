// The SQLSTATEs our own triggers raise (migrations/code/*.sql, `RAISE … USING ERRCODE = '…'`), named once:
// domain code refers to them through this object, and `database-code.test.ts` checks that the SQL files raise
// exactly these codes, so neither side can drift from the other.
export const sqlStates = {
	/** An occurrence would have more places taken than its event's capacity (also: capacity lowered below it). */
	eventFull: 'EV001',
	/** A guest for an event that is not open to people with the link. */
	eventNotForGuests: 'EV002',
	/** This email address already holds a live registration for the occurrence. */
	eventAddressAlreadyRegistered: 'EV003',
	/** A time-bank debit would take the balance under the network's lower limit. */
	ledgerBelowLimit: 'EX001',
	/** A time-bank credit would take the balance over the network's upper limit. */
	ledgerAboveLimit: 'EX002',
	/** The ledger entries of an exchange do not add up to zero. */
	ledgerUnbalanced: 'EX003',
	/** A ledger entry was changed (they never are). */
	ledgerEntryChanged: 'EX004',
	/** A ledger entry in a network that is not in time-bank mode. */
	ledgerNotTimeBank: 'EX005',
	/** A ledger entry without a confirmed part of an exchange of that duration. */
	ledgerWithoutConfirmedPart: 'EX006',
	/** A booking on a day its venue is closed (space_bookings_check, decision 029). */
	spaceClosed: 'SP001',
	/** A booking outside its venue's opening hours, or over two days (space_bookings_check). */
	spaceNotOpen: 'SP002',
	/** A closure over confirmed bookings that have not ended (space_closures_check). */
	spaceClosureOverBookings: 'SP003',
	/** A row that breaks a rule a check constraint cannot express (PostgreSQL's own check_violation). */
	checkViolation: '23514'
} as const;
