// Takes due jobs with FOR UPDATE SKIP LOCKED: several app processes can run workers on the same database and
// each job is done once. Claiming is a short transaction that pushes run_at forward (a lease); the work itself
// runs outside any transaction — PGlite has a single backend, and an SMTP send must not hold a lock. If the
// process dies mid-job, the lease expires and another worker retries it. Failures are retried with a growing
// delay, up to the job's max attempts.
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';
import { deliverEmail } from '../email/deliver-email.ts';
import { registerBackgroundWork } from './background.ts';
import { yieldToRequests } from './batches.ts';
import { SWEEPS } from './sweeps.ts';
import { notifyMatches } from '../notifications/notify-matches.ts';
import { notifyTipReaders } from '../tips/notify-tip-readers.ts';
import type { JobKind } from './queue.ts';

type Handler = (payload: Record<string, unknown>) => Promise<void>;

const handlers: Record<JobKind, Handler> = {
	'send-email': (payload) => deliverEmail(String(payload.emailId)),
	'notify-matches': async (payload) => {
		await notifyMatches(String(payload.postId));
	},
	'notify-tip': async (payload) => {
		await notifyTipReaders(String(payload.tipId));
	}
};

const LEASE_MS = 5 * 60 * 1000;

/** Runs at most `limit` due jobs; returns how many were run. */
export async function runDueJobs(limit = 20): Promise<number> {
	let done = 0;
	while (done < limit && (await runOneJob())) {
		done++;
		await yieldToRequests();
	}
	return done;
}

async function claimJob() {
	return db().transaction(async (tx) => {
		const [job] = await tx
			.select()
			.from(jobs)
			.where(and(isNull(jobs.doneAt), isNull(jobs.failedAt), lte(jobs.runAt, now())))
			.orderBy(asc(jobs.runAt), asc(jobs.id))
			.limit(1)
			.for('update', { skipLocked: true });
		if (!job) return undefined;
		const attempts = job.attempts + 1;
		await tx
			.update(jobs)
			.set({ attempts, runAt: new Date(now().getTime() + LEASE_MS) })
			.where(eq(jobs.id, job.id));
		return { ...job, attempts };
	});
}

async function runOneJob(): Promise<boolean> {
	const job = await claimJob();
	if (!job) return false;
	try {
		await handlers[job.kind as JobKind](job.payload);
		await db().update(jobs).set({ doneAt: now(), lastError: null }).where(eq(jobs.id, job.id));
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const givenUp = job.attempts >= job.maxAttempts;
		await db()
			.update(jobs)
			.set({
				lastError: message.slice(0, 2000),
				runAt: new Date(now().getTime() + 2 ** job.attempts * 1000),
				failedAt: givenUp ? now() : null
			})
			.where(eq(jobs.id, job.id));
	}
	return true;
}

/**
 * Periodic sweeps that find their own work in the database (decision 013): every worker runs them, at start and
 * then every `sweepMs`; each takes its rows with FOR UPDATE SKIP LOCKED, so several processes never do a piece
 * twice, in small batches with a turn for requests between them (batches.ts).
 */
export async function runSweeps(): Promise<void> {
	// The list lives in sweeps.ts.
	for (const sweep of SWEEPS) {
		await sweep();
		await yieldToRequests();
	}
}

const SWEEP_MS = 10 * 60 * 1000;

/**
 * Polls for due jobs until stopped. Errors are logged, never thrown: the worker must keep going. Returns its stop,
 * also registered as background work (background.ts), which resolves once the run in progress has ended.
 */
export function startWorker(intervalMs = 1000, sweepMs = SWEEP_MS): () => Promise<void> {
	let current: Promise<void> | undefined;
	let lastSweep = -Infinity;
	const run = async () => {
		try {
			await runDueJobs();
			if (now().getTime() - lastSweep >= sweepMs) {
				lastSweep = now().getTime();
				await runSweeps();
			}
		} catch (error) {
			console.error('Job worker:', error);
		} finally {
			current = undefined;
		}
	};
	const timer = setInterval(() => {
		current ??= run();
	}, intervalMs);
	timer.unref();
	const stop = async () => {
		clearInterval(timer);
		unregister();
		await current;
	};
	const unregister = registerBackgroundWork(stop);
	return stop;
}

export async function pendingJobCount(): Promise<number> {
	const [row] = await db()
		.select({ n: sql<number>`count(*)::int` })
		.from(jobs)
		.where(and(isNull(jobs.doneAt), isNull(jobs.failedAt)));
	return row.n;
}
