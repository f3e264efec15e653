// Takes due jobs with FOR UPDATE SKIP LOCKED: several app processes can run workers on the same database and
// each job is done once. A failed job is retried later with a growing delay, up to its max attempts.
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';
import { deliverEmail } from '../email/deliver-email.ts';
import type { JobKind } from './queue.ts';

type Handler = (payload: Record<string, unknown>) => Promise<void>;

const handlers: Record<JobKind, Handler> = {
	'send-email': (payload) => deliverEmail(String(payload.emailId))
};

/** Runs at most `limit` due jobs, one transaction each; returns how many were run. */
export async function runDueJobs(limit = 20): Promise<number> {
	let done = 0;
	while (done < limit && (await runOneJob())) done++;
	return done;
}

async function runOneJob(): Promise<boolean> {
	return db().transaction(async (tx) => {
		const [job] = await tx
			.select()
			.from(jobs)
			.where(and(isNull(jobs.doneAt), isNull(jobs.failedAt), lte(jobs.runAt, now())))
			.orderBy(asc(jobs.runAt), asc(jobs.id))
			.limit(1)
			.for('update', { skipLocked: true });
		if (!job) return false;
		const attempts = job.attempts + 1;
		try {
			await handlers[job.kind as JobKind](job.payload);
			await tx.update(jobs).set({ attempts, doneAt: now() }).where(eq(jobs.id, job.id));
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			const retryAt = new Date(now().getTime() + 2 ** attempts * 1000);
			await tx
				.update(jobs)
				.set({
					attempts,
					lastError: message.slice(0, 2000),
					runAt: retryAt,
					failedAt: attempts >= job.maxAttempts ? now() : null
				})
				.where(eq(jobs.id, job.id));
		}
		return true;
	});
}

/** Polls for due jobs until stopped. Errors are logged, never thrown: the worker must keep going. */
export function startWorker(intervalMs = 1000): () => void {
	let running = false;
	const timer = setInterval(async () => {
		if (running) return;
		running = true;
		try {
			await runDueJobs();
		} catch (error) {
			console.error('Job worker:', error);
		} finally {
			running = false;
		}
	}, intervalMs);
	timer.unref();
	return () => clearInterval(timer);
}

export async function pendingJobCount(): Promise<number> {
	const [row] = await db()
		.select({ n: sql<number>`count(*)::int` })
		.from(jobs)
		.where(and(isNull(jobs.doneAt), isNull(jobs.failedAt)));
	return row.n;
}
