// The job worker stops with the process: scripts/serve.ts calls stopBackgroundWork() before it closes the
// database, and what the worker was doing ends first.
import { afterEach, describe, expect, it } from 'vitest';
import { registerBackgroundWork, stopBackgroundWork } from './background.ts';
import { enqueueJob } from './queue.ts';
import { pendingJobCount, startWorker } from './worker.ts';

const UNKNOWN_POST = '6f1c2a4e-8b7d-4c3e-9a2f-1d5e6b7c8a9f';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => Promise<boolean>) {
	for (let i = 0; i < 200 && !(await condition()); i++) await pause(20);
	expect(await condition()).toBe(true);
}

afterEach(() => stopBackgroundWork());

describe('background work at shutdown', () => {
	it('stops the job worker: a job due after the stop waits for the next start', async () => {
		startWorker(10, Infinity);
		await enqueueJob('notify-matches', { postId: UNKNOWN_POST });
		await until(async () => (await pendingJobCount()) === 0);

		await stopBackgroundWork();
		await enqueueJob('notify-matches', { postId: UNKNOWN_POST });
		await pause(200);
		expect(await pendingJobCount()).toBe(1);

		startWorker(10, Infinity);
		await until(async () => (await pendingJobCount()) === 0);
	});

	it('waits for each piece of work to end what it was doing, and forgets it once stopped', async () => {
		const ended: string[] = [];
		registerBackgroundWork(async () => {
			await pause(50);
			ended.push('slow');
		});
		registerBackgroundWork(async () => {
			ended.push('quick');
		});
		await stopBackgroundWork();
		expect(ended.sort()).toEqual(['quick', 'slow']);
		await stopBackgroundWork();
		expect(ended).toHaveLength(2);
	});
});
