// `npm run seed:city -- --members 20000 --posts 100000`: fills the configured database (PGlite in DATA_DIR, or
// DATABASE_URL) with one town-sized network of generated French data. Run again, it reuses what is there.
import { parseArgs } from 'node:util';
import { config, type Config } from '../src/lib/server/config.ts';
import { openDatabase } from '../src/lib/server/db/open.ts';
import { CITY_COORDINATOR, seedCity } from './lib/city-seed.ts';
import { seedCityMentors } from './lib/city-mentors.ts';
import { seedCityPartners } from './lib/city-partners.ts';
import { seedCitySpace } from './lib/city-space.ts';
import { stopOnStartError } from './lib/start-errors.ts';

const { values } = parseArgs({
	options: { members: { type: 'string', default: '20000' }, posts: { type: 'string', default: '100000' } }
});
const members = Number(values.members);
const posts = Number(values.posts);
if (!Number.isInteger(members) || members < 1 || !Number.isInteger(posts) || posts < 0) {
	console.error('Usage : npm run seed:city -- --members 20000 --posts 100000 (nombres entiers positifs)');
	process.exit(1);
}

let settings: Config;
try {
	settings = config();
} catch (error) {
	stopOnStartError(error);
}
console.log(
	`Remplissage de ${settings.databaseUrl ? 'la base PostgreSQL' : `PGlite dans ${settings.dataDir}`} : ` +
		`${members} membres, ${posts} annonces.`
);
const start = performance.now();
const connection = await openDatabase(settings).catch(stopOnStartError);
try {
	const seeded = await seedCity(connection.db, { members, posts });
	// The shared space (issue 15): added to a town seeded before it existed too.
	await seedCitySpace(connection.db, seeded.networkId, console.log);
	// Partner organisations and a year of referrals (issue 17).
	await seedCityPartners(connection.db, seeded.networkId, console.log);
	// Outside mentors from those partners, and a year of mentoring (issue 17).
	await seedCityMentors(connection.db, seeded.networkId, console.log);
	// PGlite has no checkpointer: without this, the WAL of the whole seed (about 300 MB) stays on disk (decision 027).
	await connection.checkpoint?.();
	const seconds = ((performance.now() - start) / 1000).toFixed(1);
	console.log(
		seeded.reused
			? `Le réseau de la ville existe déjà (${seeded.members} membres, ${seeded.posts} annonces) : rien à faire.`
			: `Terminé en ${seconds} s. Coordination : ${CITY_COORDINATOR.email} / ${CITY_COORDINATOR.password}`
	);
} finally {
	await connection.close();
}
