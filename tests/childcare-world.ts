// The childcare tests start here (decision 032): a network with a coordinator, Samira (a parent), Fatou (a
// trusted carer met by the coordinator), Karim (a plain member) and Paul (a carer since suspended); and the
// form's content for a request on a slot `days` ahead, 10:00–12:00 Paris time, for an interview.
import { actorOf, createMember, createNetworkWithPeople } from './factories.ts';
import { parisAt } from './space-world.ts';
import { recordCarerMeeting } from '../src/lib/server/childcare/record-meeting.ts';
import { suspendCarer } from '../src/lib/server/childcare/set-carer-status.ts';
import { parisDate } from '../src/lib/paris-time.ts';
import { now } from '../src/lib/server/clock.ts';
import type { CareRequestInput } from '../src/lib/validation/childcare.ts';

export { parisAt };

async function person(networkId: string, name: string, options: { email?: null } = {}) {
	const account = await createMember(networkId, { name, ...options });
	return { ...account, actor: await actorOf(account.id) };
}

export async function childcareWorld() {
	const people = await createNetworkWithPeople();
	const networkId = people.network.id;
	const samira = await person(networkId, 'Samira Haddad');
	const fatou = await person(networkId, 'Fatou Diallo');
	const karim = await person(networkId, 'Karim Benali');
	const paul = await person(networkId, 'Paul Martin');
	const coordinator = people.coordinator;
	const metOn = parisDate(now());
	const meet = (accountId: string) =>
		recordCarerMeeting({
			actor: coordinator.actor,
			networkId,
			accountId,
			metOn,
			voucher1AccountId: null,
			voucher2AccountId: null
		});
	await meet(fatou.id);
	await meet(paul.id);
	await suspendCarer({ actor: coordinator.actor, networkId, accountId: paul.id, reason: 'Plainte à vérifier' });
	// Actors are loaded after the meetings: trust is read from the database at each call, not from the actor.
	return {
		...people,
		networkId,
		coordinator,
		samira,
		fatou,
		karim,
		paul,
		meet,
		person: (name: string, o?: { email?: null }) => person(networkId, name, o)
	};
}

/** What the request form posts, parsed: two children of 3–5 at home, `days` ahead 10:00–12:00. */
export function careInput(overrides: Partial<CareRequestInput> = {}, days = 2): CareRequestInput {
	return {
		startsAt: parisAt(days, 10),
		endsAt: parisAt(days, 12),
		reason: 'interview',
		children: 2,
		ageRanges: ['3-5'],
		place: 'parent_home',
		venueId: null,
		address: '12 rue des Lilas, Nanterre',
		phone: '06 12 34 56 78',
		note: 'Lina dort après le repas.',
		forAccountId: null,
		consent: false,
		...overrides
	};
}
