// Migrates one in-memory PGlite once and saves it as a tarball; every test file starts from a copy (< 1 s).
import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { pgliteExtensions } from '../../src/lib/server/db/client.ts';
import { migratePgliteDatabase } from '../../src/lib/server/db/migrate.ts';

export default async function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'entrelien-pglite-'));
	const client = await PGlite.create({ extensions: pgliteExtensions });
	await migratePgliteDatabase(client);
	const dump = await client.dumpDataDir('none');
	await client.close();
	const file = join(dir, 'template.tar');
	writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	project.provide('database', { kind: 'pglite', template: file });
	return () => rmSync(dir, { recursive: true, force: true });
}
