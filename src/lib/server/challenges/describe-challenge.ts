// The sentences of the group notices (kind 'group'): an announcement (decision 021), or a task of a défi whose
// due day passed (decision 038). Older notices have no `what`: they are announcements.
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '../accounts/locale.ts';

export function describeGroupNotice(p: Record<string, string>, o: { locale: Locale }): string {
	if (p.what === 'task_overdue') return m.chl_notif_task_overdue({ task: p.task ?? '', group: p.group ?? '' }, o);
	return m.grp_notif_announcement({ group: p.group ?? '' }, o);
}
