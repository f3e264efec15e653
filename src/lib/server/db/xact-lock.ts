// Serialises a check-then-write on something that has no row to lock (an email address, a client address, the
// links an account received): PostgreSQL advisory locks held until the transaction ends. On PGlite, with its
// single backend, transactions already run one at a time and the lock is simply granted.
import { sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import type { Tx } from './client.ts';

// The two-key form of the advisory lock has its own key space, apart from the migration lock (migrate.ts, one
// key); this first key sets these locks apart from any other two-key use.
const NAMESPACE = 0x454c_4b31; // "ELK1"

function keyOf(name: string): number {
	return createHash('sha256').update(name).digest().readInt32BE(0);
}

/**
 * Takes the locks named, until the end of `tx`. They are taken in one fixed order (by key), so two transactions
 * asking for the same two names cannot each hold one and wait for the other.
 */
export async function lockUntilCommit(tx: Tx, ...names: string[]): Promise<void> {
	const keys = [...new Set(names.map(keyOf))].sort((a, b) => a - b);
	for (const key of keys) await tx.execute(sql`select pg_advisory_xact_lock(${NAMESPACE}::int4, ${key}::int4)`);
}
