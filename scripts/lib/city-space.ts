// The town's shared space (issue 15), for `npm run seed:city` and `npm run bench`: one venue of the network's own
// with 3 rooms, 6 computer stations and 300 items of the tool library, opening hours Monday to Saturday, and a
// year of bookings (about 300 days past, 65 to come). The venue, hours and resources go through the app's own
// functions; the bookings are written in bulk (`insert … select generate_series`), each still passing the
// database's trigger (hours, closures) and exclusion constraint, on an hour grid that never overlaps.
import { and, eq, sql } from 'drizzle-orm';
import { loadActor } from '../../src/lib/server/accounts/find-account.ts';
import { sqlRows, type Db } from '../../src/lib/server/db/client.ts';
import { spaceResources, venues } from '../../src/lib/server/db/schema/index.ts';
import { addResource } from '../../src/lib/server/space/add-resource.ts';
import { setOpeningHours } from '../../src/lib/server/space/set-opening-hours.ts';
import { createVenue } from '../../src/lib/server/venues/create-venue.ts';
import { DEFAULT_RESOURCE_RULES } from '../../src/lib/space-options.ts';
import { seedCityLibrary } from './city-library.ts';
import { CITY_COORDINATOR } from './city-seed.ts';

export const CITY_SPACE_VENUE = 'Espace partagé de la ville';
const ROOMS = ['Salle de réunion', 'Salle de formation', 'Cuisine partagée'];
const STATIONS = Array.from({ length: 6 }, (_, i) => `Poste informatique ${i + 1}`);
/** The tool library's kinds of item and their category: ten of each make the 300 items. */
const ITEM_KINDS: [string, string][] = [
	['Perceuse-visseuse', 'Bricolage'],
	['Scie sauteuse', 'Bricolage'],
	['Ponceuse', 'Bricolage'],
	['Caisse à outils', 'Bricolage'],
	['Niveau laser', 'Bricolage'],
	['Escabeau', 'Bricolage'],
	['Décolleuse à papier peint', 'Bricolage'],
	['Agrafeuse murale', 'Bricolage'],
	['Machine à coudre', 'Couture'],
	['Surjeteuse', 'Couture'],
	['Fer à repasser vapeur', 'Couture'],
	['Vidéoprojecteur', 'Informatique'],
	['Ordinateur portable', 'Informatique'],
	['Tablette', 'Informatique'],
	['Imprimante', 'Informatique'],
	['Appareil photo', 'Informatique'],
	['Enceinte portable', 'Fête'],
	['Barnum', 'Fête'],
	['Tables pliantes (lot de 4)', 'Fête'],
	['Appareil à raclette', 'Cuisine'],
	['Robot pâtissier', 'Cuisine'],
	['Déshydrateur', 'Cuisine'],
	['Yaourtière', 'Cuisine'],
	['Grande marmite', 'Cuisine'],
	['Bêche', 'Jardinage'],
	['Taille-haie', 'Jardinage'],
	['Tondeuse manuelle', 'Jardinage'],
	['Nettoyeur vapeur', 'Maison'],
	['Shampouineuse', 'Maison'],
	['Diable de déménagement', 'Maison']
];
const PAST_DAYS = 300;
const FUTURE_DAYS = 65;

export type CitySpace = { reused: boolean; venueId: string; stationId: string; roomId: string; bookings: number };

async function existingSpace(q: Db, networkId: string) {
	const [venue] = await q
		.select({ id: venues.id })
		.from(venues)
		.where(and(eq(venues.networkId, networkId), eq(venues.name, CITY_SPACE_VENUE)));
	return venue;
}

async function resourceIds(q: Db, venueId: string) {
	const rows = await q
		.select({ id: spaceResources.id, kind: spaceResources.kind, name: spaceResources.name })
		.from(spaceResources)
		.where(eq(spaceResources.venueId, venueId))
		.orderBy(spaceResources.name);
	return {
		stationId: rows.find((r) => r.name === STATIONS[1])?.id ?? rows.find((r) => r.kind === 'station')!.id,
		roomId: rows.find((r) => r.name === ROOMS[0])?.id ?? rows.find((r) => r.kind === 'room')!.id
	};
}

/**
 * A year of bookings of each room or station of the venue, on its hour grid (`lengthHours` long, starting at
 * `firstHour` every `lengthHours` up to 19:00), Monday to Saturday, about `percent` % of the slots taken, by
 * active members of the network (a stable pseudo-random pick); a few cancelled, a few past ones marked absent.
 */
async function insertBookings(
	q: Db,
	options: { networkId: string; venueId: string; kind: 'room' | 'station'; lengthHours: number; percent: number }
) {
	const { networkId, venueId, kind, lengthHours, percent } = options;
	const slotsPerDay = Math.floor((19 - 9) / lengthHours);
	const [row] = await sqlRows<{ n: number }>(
		q,
		sql`with people as (
				select array_agg(account_id order by account_id) as ids from (
					select account_id from memberships where network_id = ${networkId} and status = 'active'
					order by account_id limit 3000) m),
			slots as (
				select r.id as resource_id, d::date as day, 9 + k * ${lengthHours}::int as hour,
					abs(hashtext(r.id::text || d::date::text || k::text)) as h
				from space_resources r
				cross join generate_series(current_date - ${PAST_DAYS}::int, current_date + ${FUTURE_DAYS}::int, interval '1 day') d
				cross join generate_series(0, ${slotsPerDay - 1}::int) k
				where r.venue_id = ${venueId} and r.kind = ${kind} and extract(isodow from d) <= 6),
			taken as (
				select s.*, ((s.day + make_interval(hours => s.hour)) at time zone 'Europe/Paris') as starts_at,
					p.ids[1 + s.h % array_length(p.ids, 1)] as account_id
				from slots s, people p where s.h % 100 < ${percent}::int),
			written as (
				insert into space_bookings (network_id, resource_id, account_id, booked_by_account_id, starts_at, ends_at,
					blocked_until, purpose, status, cancelled_at, no_show_at, created_at)
				select ${networkId}, t.resource_id, t.account_id, t.account_id, t.starts_at,
					t.starts_at + make_interval(hours => ${lengthHours}::int), t.starts_at + make_interval(hours => ${lengthHours}::int),
					(array['Recherche d’emploi', 'CV et lettre', 'Démarches en ligne', 'Réunion d’association', ''])[1 + t.h % 5],
					case when t.h % 23 = 0 then 'cancelled' else 'confirmed' end,
					case when t.h % 23 = 0 then t.starts_at - interval '1 day' end,
					case when t.h % 23 <> 0 and t.h % 17 = 0 and t.starts_at < now() then t.starts_at + interval '15 minutes' end,
					t.starts_at - interval '3 days'
				from taken t
				returning 1)
			select count(*)::int as n from written`
	);
	return row.n;
}

/** 300 items of the tool library, as resources of the venue (holds and loans are the library's own seed). */
async function insertItems(q: Db, networkId: string, venueId: string) {
	const kinds = sql.join(
		ITEM_KINDS.map(([name, category]) => sql`(${name}, ${category})`),
		sql`, `
	);
	await q.execute(
		sql`insert into space_resources (network_id, venue_id, kind, name, category, condition, description)
			select ${networkId}, ${venueId}, 'item', k.name || ' ' || n, k.category, 'Bon état',
				'Prêté pour ' || ${DEFAULT_RESOURCE_RULES.loanDays}::int || ' jours, à rendre propre et complet.'
			from (values ${kinds}) as k(name, category) cross join generate_series(1, 10) n`
	);
}

/**
 * Adds the town's space and its tool library in use (the library's own seed, `city-library.ts`: a year of loans,
 * holds and repairs over the 300 items), or finds them: run again, it adds nothing.
 */
export async function seedCitySpace(q: Db, networkId: string, log: (line: string) => void): Promise<CitySpace> {
	const found = await existingSpace(q, networkId);
	const space = found
		? { reused: true, venueId: found.id, ...(await resourceIds(q, found.id)), bookings: 0 }
		: await createSpace(q, networkId, log);
	await seedCityLibrary(q, { networkId, venueId: space.venueId }, log);
	return space;
}

async function createSpace(q: Db, networkId: string, log: (line: string) => void): Promise<CitySpace> {
	const start = performance.now();
	const [coordinatorRow] = await sqlRows<{ id: string }>(
		q,
		sql`select id from accounts where email = ${CITY_COORDINATOR.email}`
	);
	const actor = await loadActor(coordinatorRow.id);
	const venue = await createVenue({
		actor,
		networkId,
		name: CITY_SPACE_VENUE,
		address: '1 place de la Boule, 92000 Nanterre',
		accessNotes: 'Rez-de-chaussée, accessible en fauteuil.',
		doorEntry: '',
		capacity: 40,
		partnerName: '',
		isOwnSpace: true
	});
	const scope = { actor, networkId };
	await setOpeningHours({
		...scope,
		venueId: venue.id,
		periods: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opensAt: '09:00', closesAt: '19:00' }))
	});
	const content = {
		venueId: venue.id,
		description: '',
		category: '',
		condition: '',
		themeId: null,
		audience: 'members' as const,
		groupId: null,
		...DEFAULT_RESOURCE_RULES
	};
	for (const name of ROOMS) {
		await addResource({ ...scope, ...content, kind: 'room', name, maxMinutes: 240, maxDaysAhead: 60 });
	}
	for (const name of STATIONS) await addResource({ ...scope, ...content, kind: 'station', name });
	await insertItems(q, networkId, venue.id);
	const where = { networkId, venueId: venue.id };
	const stations = await insertBookings(q, { ...where, kind: 'station', lengthHours: 1, percent: 45 });
	const rooms = await insertBookings(q, { ...where, kind: 'room', lengthHours: 2, percent: 40 });
	await q.execute(sql`analyze space_bookings`);
	log(
		`  espace partagé (3 salles, 6 postes, 300 objets, ${stations + rooms} réservations sur un an) : ` +
			`${((performance.now() - start) / 1000).toFixed(1)} s`
	);
	return { reused: false, venueId: venue.id, ...(await resourceIds(q, venue.id)), bookings: stations + rooms };
}
