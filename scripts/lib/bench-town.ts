// The measured town of `npm run bench` and `npm run lighthouse`: the city seed (reused when the database has it),
// its agenda (bench-events.ts), a member's session, and the addresses of the pages measured. Also the server's
// environment, so both scripts start the built server the same way.
import { sql } from 'drizzle-orm';
import { createSession, SESSION_COOKIE } from '../../src/lib/server/auth/sessions.ts';
import { sqlRows, type Db } from '../../src/lib/server/db/client.ts';
import { EXPIRY_NOTICE_DAYS_BEFORE } from '../../src/lib/server/posts/lifetime.ts';
import { themeOf } from '../../tests/factories.ts';
import { addBenchEvents } from './bench-events.ts';
import { seedCity, type CitySize } from './city-seed.ts';
import { seedCitySpace } from './city-space.ts';

export type Town = {
	networkId: string;
	members: number;
	posts: number;
	/** The member the pages are read as (has skills), and their session cookie header. */
	memberId: string;
	cookie: string;
	/** The town's coordinator's session cookie header, for the coordinators' pages (the skills map, issue 17). */
	coordinatorCookie: string;
	/** Another member (a profile page), the Cuisine theme, a live post, an event with an upcoming date. */
	profileId: string;
	themeId: string;
	postId: string;
	eventId: string;
	/** A computer station of the town's shared space (its week grid, issue 15). */
	stationId: string;
	/** For mixed load: the 20 newest live posts with skills, the next 10 events. */
	postIds: string[];
	eventIds: string[];
};

/** Seeds or reuses the town on an open connection (the app's `db()`), then picks what the pages need. */
export async function prepareTown(q: Db, size: CitySize, log: (line: string) => void): Promise<Town> {
	const start = performance.now();
	const city = await seedCity(q, size, log);
	const agenda = await addBenchEvents(q, city.networkId, {}, log);
	const space = await seedCitySpace(q, city.networkId, log);
	log(
		`${city.reused ? 'Base réutilisée' : 'Base remplie'} (${city.members} membres, ${city.posts} annonces, ` +
			`${agenda.events} événements) en ${((performance.now() - start) / 1000).toFixed(1)} s`
	);
	// A freshly generated town has thousands of posts entering their last week at once: the server's first
	// sweep would spend its first seconds emailing their authors while we measure, and each post it marks
	// would wait in the search index's pending list (GIN fastupdate) until a vacuum. Production sends these
	// a few at a time and autovacuum keeps up; here they count as sent, and the vacuum is done now.
	await q.execute(
		sql`update posts set expiry_notice_sent_at = now() where status = 'open' and expiry_notice_sent_at is null
			and expires_at > now() and expires_at <= now() + ${EXPIRY_NOTICE_DAYS_BEFORE} * interval '1 day'`
	);
	await q.execute(sql`vacuum analyze posts`);
	const [member, other] = await sqlRows<{ id: string }>(
		q,
		sql`select m.account_id as id from memberships m
			where m.network_id = ${city.networkId} and m.status = 'active' and m.role = 'member'
				and exists (select 1 from member_skills ms where ms.network_id = m.network_id and ms.account_id = m.account_id)
			order by m.account_id limit 2`
	);
	// The newest live post with skills: what a member opening a post from the home page or search would see.
	const posts = await sqlRows<{ id: string }>(
		q,
		sql`select p.id from posts p where p.network_id = ${city.networkId} and p.status = 'open'
				and p.expires_at > now() and exists (select 1 from post_skills ps where ps.post_id = p.id)
			order by p.created_at desc limit 20`
	);
	const events = await sqlRows<{ id: string }>(
		q,
		sql`select e.id from events e
			where e.network_id = ${city.networkId}
				and exists (select 1 from event_occurrences o where o.event_id = e.id and o.starts_at > now())
			order by (select min(o.starts_at) from event_occurrences o where o.event_id = e.id and o.starts_at > now())
			limit 10`
	);
	const session = await createSession(member.id, city.networkId);
	const [coordinator] = await sqlRows<{ id: string }>(
		q,
		sql`select account_id as id from memberships
			where network_id = ${city.networkId} and role = 'coordinator' and status = 'active' order by account_id limit 1`
	);
	const coordinatorSession = await createSession(coordinator.id, city.networkId);
	const theme = await themeOf(city.networkId, 'Cuisine', q);
	return {
		networkId: city.networkId,
		members: city.members,
		posts: city.posts,
		memberId: member.id,
		cookie: `${SESSION_COOKIE}=${session.token}`,
		coordinatorCookie: `${SESSION_COOKIE}=${coordinatorSession.token}`,
		profileId: other.id,
		themeId: theme.id,
		postId: posts[0].id,
		eventId: events[0].id,
		stationId: space.stationId,
		postIds: posts.map((p) => p.id),
		eventIds: events.map((e) => e.id)
	};
}

/** The built server's environment: this port, this database, no mail and no fixed origin. */
export function serverEnv(port: number, dataDir: string, databaseUrl: string | undefined): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir };
	delete env.ORIGIN;
	delete env.SMTP_URL;
	if (databaseUrl) env.DATABASE_URL = databaseUrl;
	else delete env.DATABASE_URL;
	return env;
}
