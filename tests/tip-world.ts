// The tips' starting world (decision 033): a network with a coordinator, Karim (who shares tips) and Samira,
// and a tip's form content with sensible defaults.
import { actorOf, createMember, createNetworkWithPeople } from './factories.ts';
import type { TipContent } from '../src/lib/server/tips/tip-access.ts';

export function tipContent(overrides: Partial<TipContent> = {}): TipContent {
	return {
		title: 'Ateliers numériques gratuits à la médiathèque',
		body: 'Tous les mardis, on apprend à se servir d’un ordinateur et à remplir ses papiers en ligne.',
		theme: 'digital',
		link: 'https://mediatheque.example.org/ateliers',
		place: 'Médiathèque Pablo Neruda',
		startsOn: null,
		endsOn: null,
		isPublic: false,
		...overrides
	};
}

export async function tipWorld() {
	const { network, coordinator, member } = await createNetworkWithPeople();
	const karim = await createMember(network.id, { name: 'Karim Benali' });
	const samira = await createMember(network.id, { name: 'Samira Haddad' });
	return {
		network,
		networkId: network.id,
		coordinator,
		member,
		karim: { ...karim, actor: await actorOf(karim.id) },
		samira: { ...samira, actor: await actorOf(samira.id) }
	};
}
