// The served process's V8 heap, kept small for a server of 1–2 GB (issue 13; docs/performance.md, « Memory: a
// smaller V8 heap »). With Node's defaults (16 MB semi-spaces, in the main thread and again in the PGlite thread) the
// city-scale PGlite server's resident memory climbed to 770–890 MB under mixed load; with 8 MB semi-spaces it stayed
// near 620 MB for the same CPU per request. A 256 MB old generation saved ~150 MB more but cost a third more CPU per
// request on the login page (V8 collects more often near its limit): not kept. These flags
// must be given when Node starts, so importing this module first starts the process again with them
// (`process.execve`: same process id, same open files, nothing runs twice). A flag the operator gave on the
// command line or in NODE_OPTIONS is kept as given; ENTRELIEN_NODE_HEAP=default keeps Node's own defaults.
import { fileURLToPath } from 'node:url';

export const HEAP_FLAGS = ['--max-semi-space-size=8'];

function restartWithSmallHeap(): void {
	if (process.env.ENTRELIEN_NODE_HEAP === 'default' || typeof process.execve !== 'function') return;
	const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
	const missing = HEAP_FLAGS.filter((flag) => !given.some((g) => g.startsWith(flag.split('=')[0])));
	if (missing.length === 0) return;
	const main = process.argv[1] ?? fileURLToPath(import.meta.url);
	process.execve(process.execPath, [process.execPath, ...missing, ...process.execArgv, main, ...process.argv.slice(2)]);
}

restartWithSmallHeap();
