// A job table in PostgreSQL. enqueueJob runs inside the caller's transaction, so a job exists exactly when
// the change that asked for it was committed.
import { db, type Queryable } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';
import { now } from '../clock.ts';

export type JobKind = 'send-email' | 'notify-matches' | 'notify-tip';

export async function enqueueJob(
	kind: JobKind,
	payload: Record<string, unknown>,
	options: { tx?: Queryable; runAt?: Date; maxAttempts?: number } = {}
): Promise<void> {
	await (options.tx ?? db())
		.insert(jobs)
		.values({ kind, payload, runAt: options.runAt ?? now(), maxAttempts: options.maxAttempts ?? 5 });
}
