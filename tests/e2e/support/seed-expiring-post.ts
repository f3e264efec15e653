// Prepares a database for the expiry journey, run as its own process before the app starts on it:
// `node tests/e2e/support/seed-expiring-post.ts <dataDir> <json>` — an instance whose first coordinator wrote a
// request that expires in 5 days (inside the 7-day notice window).
import { openDatabase } from '../../../src/lib/server/db/open.ts';
import { setUpInstance } from '../../../src/lib/server/setup/set-up-instance.ts';
import { now } from '../../../src/lib/server/clock.ts';
import { createPost } from '../../factories.ts';

const [dataDir, json] = process.argv.slice(2);
const { network, author, title } = JSON.parse(json) as {
	network: { name: string; town: string };
	author: { name: string; email: string; password: string };
	title: string;
};
const connection = await openDatabase({ dataDir, databaseUrl: undefined });
await setUpInstance({ ...network, description: '' }, author, async (tx, ids) => {
	await createPost(
		ids.networkId,
		ids.accountId,
		{ title, kind: 'request', themeName: 'Mobilité & vélo', expiresAt: new Date(now().getTime() + 5 * 86_400_000) },
		tx
	);
});
await connection.close();
