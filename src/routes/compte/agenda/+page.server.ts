import { listCalendarFeeds } from '#lib/server/calendars/list-calendar-feeds.ts';
import { renewCalendarFeed } from '#lib/server/calendars/renew-calendar-feed.ts';
import { revokeCalendarFeed } from '#lib/server/calendars/revoke-calendar-feed.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { feedTargetInput } from '#lib/validation/calendars.ts';
import type { FeedTarget } from '#lib/server/calendars/feed-scope.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		feeds: await listCalendarFeeds({ actor: event.locals.actor, networkId: currentNetworkId(event.locals) })
	}));

const groupOf = (target: FeedTarget): string | null => (target.scope === 'group' ? target.groupId : null);

export const actions: Actions = {
	renew: (event) =>
		handleForm(event, feedTargetInput, async (target) => {
			const { path } = await renewCalendarFeed({
				actor: event.locals.actor,
				networkId: currentNetworkId(event.locals),
				target
			});
			// Shown once: only the token's hash is kept.
			return { created: { scope: target.scope, groupId: groupOf(target), url: `${event.url.origin}${path}` } };
		}),
	revoke: (event) =>
		handleForm(event, feedTargetInput, async (target) => {
			await revokeCalendarFeed({ actor: event.locals.actor, networkId: currentNetworkId(event.locals), target });
			return { revoked: { scope: target.scope, groupId: groupOf(target) } };
		})
};
