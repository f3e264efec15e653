// The bench's yardstick servers, one process each like the app (`node scripts/lib/bench-server.ts`):
// BENCH_SERVER=kit serves the reference SvelteKit build in BENCH_REFERENCE_DIR the way scripts/serve.ts serves
// the app (adapter-node's handler behind compressed.ts); BENCH_SERVER=bare answers a fixed small page straight
// from node:http. PORT and HOST as for the app.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compressed, type Handler } from './compressed.ts';

const port = Number(process.env.PORT);
const host = process.env.HOST ?? '127.0.0.1';
const PAGE = '<!doctype html><html lang="fr"><title>Référence</title><h1>Bonjour</h1></html>';

let handler: Handler;
if (process.env.BENCH_SERVER === 'kit') {
	const entry = pathToFileURL(join(process.env.BENCH_REFERENCE_DIR!, 'build', 'handler.js')).href;
	handler = compressed(((await import(entry)) as { handler: Handler }).handler);
} else {
	handler = (_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(PAGE);
	};
}

const server = createServer((req, res) =>
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	})
);
server.listen(port, host);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
