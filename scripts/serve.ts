// Serves the built app. The configuration is checked first, so a wrong value stops the server with one
// clear sentence. Then the adapter-node handler is mounted on our own HTTP server: Kit 3's adapter fixes the
// origin at build time (or trusts https), while Entrelien's ORIGIN is a run-time setting — so every request
// is told its origin here (from ORIGIN, else http://<Host> for a local run).
// First: the process starts again with a small V8 heap unless it already has one (small-heap.ts).
import './lib/small-heap.ts';
import { createServer } from 'node:http';
import { loadConfig, type Config } from '../src/lib/server/config.ts';
import { closeEmbeddedDatabases } from '../src/lib/server/db/held-data-dirs.ts';
import { stopBackgroundWork } from '../src/lib/server/jobs/background.ts';
import { compressed, type Handler } from './lib/compressed.ts';
import { stopOnStartError } from './lib/start-errors.ts';

const PROTO = 'x-entrelien-proto';
const HOST = 'x-entrelien-host';

function readConfig(): Config {
	try {
		return loadConfig();
	} catch (error) {
		return stopOnStartError(error);
	}
}

const config = readConfig();
const origin = config.origin ? new URL(config.origin) : undefined;
process.env.PROTOCOL_HEADER = PROTO;
process.env.HOST_HEADER = HOST;
// Profile photos are up to 1 MB and a job-search request's CV up to 5 MB (each checked with a clear message);
// adapter-node's default body limit is 512 KB. A bigger body is « unreadable form », a sentence, never a 500.
process.env.BODY_SIZE_LIMIT ??= '6M';

// A computed path keeps the type checker out of the generated bundle. Importing it runs the app's `init`
// hook (database opened and migrated, job worker started) before we listen; it fails if another process holds
// the data directory (data-dir-lock.ts).
const entry = new URL('../build/handler.js', import.meta.url).href;
const { handler: app } = (await import(entry).catch(stopOnStartError)) as { handler: Handler };
const handler = compressed(app);

const server = createServer((req, res) => {
	// Clients must not choose the origin: overwrite whatever they sent.
	req.headers[PROTO] = origin ? origin.protocol.replace(':', '') : 'http';
	req.headers[HOST] = origin ? origin.host : (req.headers.host ?? `localhost:${config.port}`);
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

server.listen(config.port, config.host, () => {
	const shown = config.origin ?? `http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
	console.log(
		`Entrelien est prêt sur ${shown} (base : ${config.databaseUrl ? 'PostgreSQL' : `PGlite dans ${config.dataDir}`}).`
	);
});

// A clean stop ends the background work (the job worker's run in progress), then closes the embedded database after
// the last answer: a checkpoint, so the data directory keeps no WAL to replay at the next start (decision 027).
// PostgreSQL's server does its own.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		const answered = new Promise((resolve) => server.close(resolve));
		// Live message streams never end by themselves: they get a moment, then are cut.
		const cut = setTimeout(() => server.closeAllConnections(), 3000);
		void answered
			.then(() => (clearTimeout(cut), stopBackgroundWork()))
			.then(closeEmbeddedDatabases)
			.finally(() => process.exit(0));
		setTimeout(() => process.exit(0), 10_000).unref();
	});
}
