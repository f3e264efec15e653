import type { FeedTarget } from '#lib/server/calendars/feed-scope.ts';
import { listCalendarFeeds } from '#lib/server/calendars/list-calendar-feeds.ts';
import { renewCalendarFeed } from '#lib/server/calendars/renew-calendar-feed.ts';
import { revokeCalendarFeed } from '#lib/server/calendars/revoke-calendar-feed.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { feedTargetInput } from '#lib/validation/calendars.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ feeds: await listCalendarFeeds(scopeOf(event)) }));

const groupOf = (target: FeedTarget): string | null => (target.scope === 'group' ? target.groupId : null);

export const actions: Actions = {
	renew: (event) =>
		handleForm(event, feedTargetInput, async (target) => {
			const { path } = await renewCalendarFeed({ ...scopeOf(event), target });
			// Shown once: only the token's hash is kept.
			return { created: { scope: target.scope, groupId: groupOf(target), url: `${event.url.origin}${path}` } };
		}),
	revoke: (event) =>
		handleForm(event, feedTargetInput, async (target) => {
			await revokeCalendarFeed({ ...scopeOf(event), target });
			return { revoked: { scope: target.scope, groupId: groupOf(target) } };
		})
};
