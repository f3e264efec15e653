// A network with a gardening group for the challenge tests (decision 038): Ana coordinates the group, Leila and
// Karim are members, Paul is a member of the network outside the group; plus another network's coordinator.
import { parisDate, addParisDays } from '../src/lib/paris-time.ts';
import { now } from '../src/lib/server/clock.ts';
import { actorOf, addGroupMember, createGroupIn, createMember, createNetworkWithPeople } from './factories.ts';

async function person(networkId: string, name: string) {
	const account = await createMember(networkId, { name });
	return { ...account, actor: await actorOf(account.id) };
}

export async function challengeWorld() {
	const { network, coordinator } = await createNetworkWithPeople();
	const group = await createGroupIn(network.id, { name: 'Jardinage' });
	const ana = await person(network.id, 'Ana Lopes');
	const leila = await person(network.id, 'Leila Haddad');
	const karim = await person(network.id, 'Karim Benali');
	const paul = await person(network.id, 'Paul Martin');
	await addGroupMember(group, ana.id, { role: 'coordinator' });
	await addGroupMember(group, leila.id);
	await addGroupMember(group, karim.id);
	const other = await createNetworkWithPeople();
	return {
		networkId: network.id,
		group,
		coordinator,
		ana,
		leila,
		karim,
		paul,
		stranger: other.coordinator,
		strangerNetworkId: other.network.id
	};
}

/** A Paris calendar day `days` from now (negative: in the past). */
export const dayIn = (days: number) => parisDate(addParisDays(now(), days));

export const challengeContent = (overrides: Partial<{ title: string; why: string; targetOn: string }> = {}) => ({
	title: 'Journée découverte jardinage',
	why: 'Faire connaître les jardins Gorki aux voisins.',
	targetOn: dayIn(60),
	...overrides
});
