// The tool library's notices (decision 030): a notification of kind 'space' in the member's centre (and by email
// per their preferences), its sentence chosen by `what` in space/describe-space.ts. Days are « YYYY-MM-DD » Paris
// days, written in the reader's language when shown.
import type { Queryable } from '../db/client.ts';
import { notify } from '../notifications/notify.ts';

export const LIBRARY_NOTICES = ['hold_ready', 'hold_expired', 'due_tomorrow', 'due_today', 'overdue'] as const;
export type LibraryNotice = (typeof LIBRARY_NOTICES)[number];

export function notifyLibrary(
	tx: Queryable,
	input: {
		networkId: string;
		accountId: string;
		what: LibraryNotice;
		item: { id: string; name: string };
		/** hold_ready: the last day the item is kept. */
		until?: string;
		/** Reminders: the day the loan ends. */
		due?: string;
	}
): Promise<boolean> {
	const params: Record<string, string> = { what: input.what, title: input.item.name };
	if (input.until) params.until = input.until;
	if (input.due) params.due = input.due;
	return notify(tx, {
		networkId: input.networkId,
		accountId: input.accountId,
		kind: 'space',
		params,
		link: `/espace/objets/${input.item.id}`
	});
}
