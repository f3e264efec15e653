// The agenda page (`/evenements`): a page of the coming occurrences (filtered by group or kind), the groups to filter by, and
// whether the reader may create an event (coordinators, decision 022).
import { isCoordinator, type Actor } from '../auth/policies.ts';
import type { EventKind } from '../../event-options.ts';
import { listGroups } from '../groups/list-groups.ts';
import { listAgenda } from './list-agenda.ts';

export async function agendaPage(options: {
	actor: Actor | null;
	networkId: string;
	groupId?: string;
	kind?: EventKind;
	page?: number;
}) {
	const [agenda, groups] = await Promise.all([listAgenda(options), listGroups(options)]);
	return {
		agenda,
		groups: groups.map((g) => ({ id: g.id, name: g.name })),
		canCreate: isCoordinator(options.actor, options.networkId)
	};
}
