// Meeting polls (decision 037): a network with a coordinator, a group of three members (Ana, Leila, Karim), a
// network member outside the group, a venue, and another network; pollInputOf() fills the « new poll » form.
import { now } from '../src/lib/server/clock.ts';
import { pollInput, type PollInput } from '../src/lib/validation/polls.ts';
import { toLocalInput } from '../src/lib/paris-time.ts';
import {
	actorOf,
	addGroupMember,
	createGroupIn,
	createMember,
	createNetworkWithPeople,
	createVenueIn
} from './factories.ts';

const DAY = 24 * 3_600_000;

async function person(networkId: string, name: string) {
	const account = await createMember(networkId, { name });
	return { ...account, actor: await actorOf(account.id) };
}

export async function pollWorld() {
	const { network, coordinator, member: outsider } = await createNetworkWithPeople();
	const group = await createGroupIn(network.id, { name: 'Jardinage' });
	const ana = await person(network.id, 'Ana Martin');
	const leila = await person(network.id, 'Leila Benali');
	const karim = await person(network.id, 'Karim Diallo');
	for (const p of [ana, leila, karim]) await addGroupMember(group, p.id);
	const venue = await createVenueIn(network.id);
	const other = await createNetworkWithPeople();
	return { networkId: network.id, network, coordinator, outsider, group, ana, leila, karim, venue, other };
}

/** « Day n from now, hh:mm » as the form's day and time fields, in Paris. */
export function slotFields(n: number, dayOffset: number, start = '18:30', end = '20:00') {
	const day = toLocalInput(new Date(now().getTime() + dayOffset * DAY)).slice(0, 10);
	return { [`slot${n}_day`]: day, [`slot${n}_start`]: start, [`slot${n}_end`]: end };
}

/** The parsed « new poll » form: three evenings (in 3, 4 and 5 days) at the venue, unless told otherwise. */
export function pollInputOf(fields: Record<string, string>): PollInput {
	const parsed = pollInput.safeParse({
		title: 'Réunion de lancement',
		description: 'On décide ensemble des premières actions.',
		...slotFields(1, 3),
		...slotFields(2, 4),
		...slotFields(3, 5),
		...fields
	});
	if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
	return parsed.data;
}
