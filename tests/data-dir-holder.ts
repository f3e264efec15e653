// Another process holding a PGlite data directory's lock, for the tests of the lock and of the scripts that
// must refuse to start on a held directory.
import { spawn, type ChildProcess } from 'node:child_process';

const MODULE = new URL('../src/lib/server/db/data-dir-lock.ts', import.meta.url).href;

/** Starts a Node process that takes the lock on `dir` and keeps it until it is killed. */
export async function holdInChild(dir: string): Promise<ChildProcess> {
	const code = `import { lockDataDir } from ${JSON.stringify(MODULE)};
		lockDataDir(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000);`;
	const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
	await new Promise<void>((resolve, reject) => {
		let err = '';
		child.stderr!.on('data', (chunk) => (err += chunk));
		child.stdout!.once('data', () => resolve());
		child.once('exit', () => reject(new Error(`the child could not take the lock: ${err}`)));
	});
	return child;
}

/** Kills it the way a crash or `kill -9` would, leaving its lock file behind, and waits until it is gone. */
export async function killHard(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGKILL');
	await exited;
}
