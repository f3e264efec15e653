// The demo network's shared space (issue 15, decision 029): « Salle du réseau » open on weekdays, a meeting
// room, four computer stations and two items of the tool library, and a few bookings of the coming days — all
// through the domain functions, as the app itself would write them. Called by the demo's filling (demo-activity.ts)
// with the venue it created: `fillDemoSpace({ networkId, admin, venueId, members })`.
import type { Actor } from '../../auth/policies.ts';
import { now } from '../../clock.ts';
import { addResource } from '../../space/add-resource.ts';
import { fillDemoLibrary } from './demo-library.ts';
import { bookSlot } from '../../space/book-slot.ts';
import { setOpeningHours } from '../../space/set-opening-hours.ts';
import { addDays, atMinutes, weekdayOf } from '../../space/week-plan.ts';
import { parisDate } from '../../../paris-time.ts';
import { DEFAULT_RESOURCE_RULES } from '../../../space-options.ts';
import type { ResourceInput } from '../../../validation/space.ts';

const RULES = {
	description: '',
	category: '',
	condition: '',
	themeId: null,
	audience: 'members',
	groupId: null,
	...DEFAULT_RESOURCE_RULES
} as const satisfies Partial<ResourceInput>;

const RESOURCES: (Partial<ResourceInput> & Pick<ResourceInput, 'kind' | 'name'>)[] = [
	{
		kind: 'room',
		name: 'Salle de réunion',
		description: 'Douze places, un écran. Pour les ateliers et les réunions.',
		bufferMinutes: 15,
		maxMinutes: 240
	},
	...[1, 2, 3, 4].map((n) => ({
		kind: 'station' as const,
		name: `Poste informatique ${n}`,
		description: 'Ordinateur relié à l’imprimante : CV, démarches, recherche d’emploi.'
	})),
	{ kind: 'item', name: 'Perceuse', category: 'Outillage', condition: 'Bon état, avec sa mallette de forets.' },
	{ kind: 'item', name: 'Machine à coudre', category: 'Couture', condition: 'Révisée en septembre.' },
	{ kind: 'item', name: 'Vidéoprojecteur', category: 'Multimédia', condition: 'Avec son câble HDMI.' }
];

export async function fillDemoSpace(options: { networkId: string; admin: Actor; venueId: string; members: Actor[] }) {
	const { networkId, admin, venueId } = options;
	await setOpeningHours({
		actor: admin,
		networkId,
		venueId,
		periods: [1, 2, 3, 4, 5].flatMap((weekday) => [
			{ weekday, opensAt: '09:00', closesAt: '12:00' },
			{ weekday, opensAt: '14:00', closesAt: '18:00' }
		])
	});
	const ids: string[] = [];
	for (const resource of RESOURCES) {
		ids.push((await addResource({ actor: admin, networkId, venueId, ...RULES, ...resource })).id);
	}
	const items = RESOURCES.map((r, i) => ({ name: r.name, id: ids[i] })).filter((_, i) => RESOURCES[i].kind === 'item');
	await fillDemoLibrary({ networkId, admin, members: options.members, items });
	// The next two weekdays: a few stations and the room already taken.
	const days = [1, 2, 3, 4]
		.map((n) => addDays(parisDate(now()), n))
		.filter((d) => weekdayOf(d) <= 5)
		.slice(0, 2);
	const stations = ids.slice(1, 5);
	let who = 0;
	for (const day of days) {
		for (const [resourceId, hour] of [
			[stations[0], 9],
			[stations[1], 10],
			[stations[0], 14],
			[ids[0], 15]
		] as const) {
			const member = options.members[who++ % options.members.length];
			if (!member) return;
			const startsAt = atMinutes(day, hour * 60);
			await bookSlot({
				actor: member,
				networkId,
				resourceId,
				startsAt,
				endsAt: atMinutes(day, hour * 60 + 60),
				purpose: hour < 12 ? 'Recherche d’emploi' : ''
			});
		}
	}
}
