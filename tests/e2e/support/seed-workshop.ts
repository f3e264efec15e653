// Prepares a database for the workshop journey, run as its own process before the app starts on it:
// `node tests/e2e/support/seed-workshop.ts <dataDir> <json>` — an instance whose first coordinator runs a network
// of nine more members, each able to log in with a password.
import { openDatabase } from '../../../src/lib/server/db/open.ts';
import { setUpInstance } from '../../../src/lib/server/setup/set-up-instance.ts';
import { createMember } from '../../factories.ts';

type Person = { name: string; email: string; password: string };
const [dataDir, json] = process.argv.slice(2);
const { network, coordinator, members } = JSON.parse(json) as {
	network: { name: string; town: string };
	coordinator: Person;
	members: Person[];
};
const connection = await openDatabase({ dataDir, databaseUrl: undefined });
await setUpInstance({ ...network, description: '' }, coordinator, async (tx, ids) => {
	for (const person of members) await createMember(ids.networkId, person, tx);
});
await connection.close();
