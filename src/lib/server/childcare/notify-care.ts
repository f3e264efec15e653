// The childcare notices: one sentence per occasion (describe-childcare.ts), the slot's start as an ISO string
// formatted when shown, and the request's page as the link. Only ever sent to the people the request concerns
// (the parent, the carers who offered or the chosen one) or, when urgent, to active trusted carers.
import type { Queryable } from '../db/client.ts';
import { notify } from '../notifications/notify.ts';

export type CareOccasion = 'urgent' | 'offer' | 'chosen' | 'thanked' | 'cancelled' | 'reminder' | 'done';

export function notifyCare(
	tx: Queryable,
	o: {
		networkId: string;
		accountId: string;
		what: CareOccasion;
		requestId: string;
		startsAt: Date;
		dailyCap?: number;
	}
): Promise<boolean> {
	return notify(tx, {
		networkId: o.networkId,
		accountId: o.accountId,
		kind: 'childcare',
		params: { what: o.what, startsAt: o.startsAt.toISOString() },
		link: `/entraide/garde/${o.requestId}`,
		dailyCap: o.dailyCap
	});
}
