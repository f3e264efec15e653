// The town's tool library in use (issue 15, decision 030), for `npm run seed:city` and `npm run bench`: over the
// items of the town's shared space (city-space.ts writes 300 of them), a year of returned loans (a loan about every
// three weeks per item, some late, a condition note on some returns), 40 % of the items lent now (some overdue),
// one to three members waiting for most of those, and a few items under repair. Written in bulk, in the shape the
// library's use cases write (one open loan per item, live holds only on lent items, offers none).
// Call `seedCityLibrary(q, { networkId, venueId }, log)` after the space; run again, it adds nothing.
import { sql } from 'drizzle-orm';
import { sqlRows, type Db } from '../../src/lib/server/db/client.ts';

const YEAR_DAYS = 365;
const LOAN_DAYS = 14;
/** Days between the starts of two past loans of one item. */
const EVERY_DAYS = 23;

export type CityLibrary = { reused: boolean; loans: number; open: number; holds: number; repairs: number };

const count = async (q: Db, query: ReturnType<typeof sql>) => (await sqlRows<{ n: number }>(q, query))[0].n;

export async function seedCityLibrary(
	q: Db,
	where: { networkId: string; venueId: string },
	log: (line: string) => void
): Promise<CityLibrary> {
	const { networkId, venueId } = where;
	const already = await count(
		q,
		sql`select count(*)::int as n from library_loans l join space_resources r on r.id = l.resource_id
			where r.venue_id = ${venueId}`
	);
	if (already > 0) return { reused: true, loans: already, open: 0, holds: 0, repairs: 0 };
	const start = performance.now();
	const people = sql`(select array_agg(account_id order by account_id) as ids from (
		select account_id from memberships where network_id = ${networkId} and status = 'active'
		order by account_id limit 3000) m)`;
	const items = sql`(select id, abs(hashtext(id::text)) as h from space_resources
		where venue_id = ${venueId} and kind = 'item' and archived_at is null)`;

	// A year of returned loans: each item lent every EVERY_DAYS days, returned 5 to 20 days later.
	const loans = await count(
		q,
		sql`with p as ${people}, written as (
			insert into library_loans (network_id, resource_id, account_id, lent_at, due_on, renewals, returned_at)
			select ${networkId}, i.id, p.ids[1 + abs(hashtext(i.id::text || k::text)) % array_length(p.ids, 1)],
				s.lent_at, (s.lent_at at time zone 'Europe/Paris')::date + ${LOAN_DAYS}::int,
				case when abs(hashtext(i.id::text || k::text)) % 6 = 0 then 1 else 0 end,
				s.lent_at + make_interval(days => 5 + abs(hashtext(k::text || i.id::text)) % 16)
			from ${items} i cross join p
			cross join generate_series(0, ${Math.floor((YEAR_DAYS - 30) / EVERY_DAYS)}::int) k
			cross join lateral (select now() - make_interval(days => ${YEAR_DAYS}::int - k * ${EVERY_DAYS}::int
				- (i.h % 5)::int, hours => 2) as lent_at) s
			where s.lent_at < now() - interval '25 days'
			returning id, resource_id, returned_at, abs(hashtext(id::text)) as h)
		, noted as (
			insert into library_condition_notes (network_id, resource_id, kind, note, loan_id, created_at)
			select ${networkId}, w.resource_id, 'return',
				(array['Rendu propre', 'Une pièce manquante, retrouvée', 'Batterie à recharger', 'Rien à signaler'])[1 + w.h % 4],
				w.id, w.returned_at
			from written w where w.h % 5 = 0
			returning 1)
		select count(*)::int as n from written`
	);
	// Lent now: 40 % of the items, since 0 to 19 days (those past 14 days are overdue).
	const open = await count(
		q,
		sql`with p as ${people}, written as (
			insert into library_loans (network_id, resource_id, account_id, lent_at, due_on)
			select ${networkId}, i.id, p.ids[1 + (i.h / 7) % array_length(p.ids, 1)],
				now() - make_interval(days => (i.h % 20)::int),
				((now() - make_interval(days => (i.h % 20)::int)) at time zone 'Europe/Paris')::date + ${LOAN_DAYS}::int
			from ${items} i cross join p where i.h % 10 < 4
			returning 1)
		select count(*)::int as n from written`
	);
	// One to three members waiting for most lent items (never the borrower; distinct people).
	const holds = await count(
		q,
		sql`with p as ${people}, lent as (
			select l.resource_id, l.account_id, l.lent_at, abs(hashtext(l.resource_id::text)) as h
			from library_loans l join space_resources r on r.id = l.resource_id
			where r.venue_id = ${venueId} and l.returned_at is null),
		wanted as (
			select distinct on (lent.resource_id, who) lent.resource_id, lent.lent_at, j, who
			from lent cross join p cross join generate_series(1, 3) j
			cross join lateral (select p.ids[1 + (lent.h / 11 + j * 7919) % array_length(p.ids, 1)] as who) w
			where j <= 1 + lent.h % 3 and lent.h % 4 <> 0 and who <> lent.account_id),
		written as (
			insert into library_holds (network_id, resource_id, account_id, status, created_at)
			select ${networkId}, resource_id, who, 'waiting', lent_at + make_interval(hours => j)
			from wanted order by resource_id, j
			returning 1)
		select count(*)::int as n from written`
	);
	// A few free items under repair.
	const repairs = await count(
		q,
		sql`with written as (
			insert into library_repairs (network_id, resource_id, started_at)
			select ${networkId}, i.id, now() - interval '4 days' from ${items} i
			where i.h % 10 >= 4 and i.h % 37 = 0
			returning resource_id)
		, noted as (
			insert into library_condition_notes (network_id, resource_id, kind, note, created_at)
			select ${networkId}, resource_id, 'repair', 'Ne démarre plus', now() - interval '4 days' from written
			returning 1)
		select count(*)::int as n from written`
	);
	await q.execute(sql`analyze library_loans`);
	await q.execute(sql`analyze library_holds`);
	log(
		`  objets à emprunter (${loans + open} prêts sur un an dont ${open} en cours, ${holds} réservations, ` +
			`${repairs} en réparation) : ${((performance.now() - start) / 1000).toFixed(1)} s`
	);
	return { reused: false, loans: loans + open, open, holds, repairs };
}
