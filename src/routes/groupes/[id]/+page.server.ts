import { z } from 'zod';
import { listAgenda } from '#lib/server/events/list-agenda.ts';
import { GROUP_PAGE_CHALLENGES, listChallenges } from '#lib/server/challenges/list-challenges.ts';
import { decideGroupRequest } from '#lib/server/groups/decide-group-request.ts';
import { getGroup } from '#lib/server/groups/get-group.ts';
import { joinGroup } from '#lib/server/groups/join-group.ts';
import { leaveGroup } from '#lib/server/groups/leave-group.ts';
import { listGroupMessages } from '#lib/server/groups/list-group-messages.ts';
import { postAnnouncement } from '#lib/server/groups/post-announcement.ts';
import { postGroupMessage } from '#lib/server/groups/post-group-message.ts';
import { setGroupRole } from '#lib/server/groups/set-group-role.ts';
import { setGroupVisibility } from '#lib/server/groups/set-group-visibility.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import {
	groupAnnouncementInput,
	groupMemberInput,
	groupMessageInput,
	groupRoleInput,
	hiddenInput
} from '#lib/validation/groups.ts';
import { threadQuery } from '#lib/validation/queries.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** How many upcoming events the group page lists. */
const GROUP_PAGE_EVENTS = 5;

const theGroup = (event: RequestEvent) => ({ ...scopeOf(event), groupId: event.params.id });

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = theGroup(event);
		const page = await getGroup(scope);
		const { page: threadPage } = handleQuery(event, threadQuery);
		const [thread, agenda, challenges] = await Promise.all([
			// Without ?page, the thread opens on its newest messages.
			page.canTalk ? listGroupMessages({ ...scope, page: threadPage }) : null,
			listAgenda(scope),
			listChallenges(scope)
		]);
		const events = agenda.weeks.flatMap((w) => w.items).slice(0, GROUP_PAGE_EVENTS);
		return {
			...page,
			thread,
			events,
			challenges: challenges.open.slice(0, GROUP_PAGE_CHALLENGES),
			done: flashOf(event, ['cree', 'enregistre'])
		};
	});

export const actions: Actions = {
	join: (event) => handleForm(event, z.object({}), async () => ({ joined: await joinGroup(theGroup(event)) })),
	leave: (event) =>
		handleForm(event, z.object({}), async () => {
			await leaveGroup(theGroup(event));
			return { left: true };
		}),
	visibility: (event) =>
		handleForm(event, hiddenInput, async (input) => {
			await setGroupVisibility({ ...theGroup(event), hidden: input.hidden });
			return { visibilitySaved: true };
		}),
	accept: (event) =>
		handleForm(event, groupMemberInput, async (input) => {
			await decideGroupRequest({ ...theGroup(event), accountId: input.accountId, decision: 'accept' });
			return { accepted: true };
		}),
	refuse: (event) =>
		handleForm(event, groupMemberInput, async (input) => {
			await decideGroupRequest({ ...theGroup(event), accountId: input.accountId, decision: 'refuse' });
			return { refused: true };
		}),
	role: (event) =>
		handleForm(event, groupRoleInput, async (input) => {
			await setGroupRole({ ...theGroup(event), ...input });
			return { roleSaved: true };
		}),
	message: (event) =>
		handleForm(event, groupMessageInput, async (input) => {
			await postGroupMessage({ ...theGroup(event), body: input.body });
			return { sent: true };
		}),
	announce: (event) =>
		handleForm(event, groupAnnouncementInput, async (input) => {
			const { notified } = await postAnnouncement({ ...theGroup(event), body: input.announcement });
			return { announced: notified };
		})
};
