// Writes a journey's world into a database before its server starts, as its own process:
// `node tests/e2e/support/seed-world.ts <dataDir>` opens and migrates the directory (the run's template), and
// `node tests/e2e/support/seed-world.ts <dataDir> <json>` also sets the instance up with the world described by
// the JSON (world-description.ts). With DATABASE_URL set, the world goes to that PostgreSQL database instead.
import { openDatabase } from '../../../src/lib/server/db/open.ts';
import { startConversation } from '../../../src/lib/server/messages/start-conversation.ts';
import { now } from '../../../src/lib/server/clock.ts';
import { setUpInstance } from '../../../src/lib/server/setup/set-up-instance.ts';
import { actorOf, createMember, createPost } from '../../factories.ts';
import type { WorldDescription } from './world-description.ts';

const DAY = 24 * 3_600_000;
const [dataDir, json] = process.argv.slice(2);
const connection = await openDatabase({ dataDir, databaseUrl: process.env.DATABASE_URL || undefined });
try {
	if (json) await seed(JSON.parse(json) as WorldDescription);
} finally {
	await connection.close();
}

async function seed(world: WorldDescription) {
	const ids = new Map<string, string>();
	const { networkId, accountId } = await setUpInstance(
		{ ...world.network, description: world.network.description ?? '' },
		world.coordinator
	);
	ids.set(world.coordinator.email.toLowerCase(), accountId);
	for (const person of world.members ?? []) {
		const account = await createMember(networkId, person);
		if (person.email) ids.set(person.email.toLowerCase(), account.id);
	}
	const idOf = (email: string) => {
		const id = ids.get(email.toLowerCase());
		if (!id) throw new Error(`${email} is not a person of this world`);
		return id;
	};
	for (const { author, title, kind, themeName, expiresInDays } of world.posts ?? []) {
		const expiresAt = expiresInDays === undefined ? undefined : new Date(now().getTime() + expiresInDays * DAY);
		await createPost(networkId, idOf(author), { title, kind, themeName, expiresAt });
	}
	// Through the domain, as the pages would: a message to someone already written to joins that conversation.
	for (const message of world.messages ?? []) {
		await startConversation({
			actor: await actorOf(idOf(message.from)),
			networkId,
			accountIds: [idOf(message.to)],
			body: message.body
		});
	}
}
