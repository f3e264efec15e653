// Starts a throwaway PostgreSQL server, migrates a template database; every test file gets its own copy.
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { migratePostgresDatabase } from '../../src/lib/server/db/migrate.ts';
import { startPostgresServer } from '../../scripts/lib/postgres-server.ts';

export default async function setup(project: TestProject) {
	const server = await startPostgresServer();
	const admin = postgres(server.url('postgres'), { max: 1, onnotice: () => {} });
	await admin`create database entrelien_template`;
	await admin.end();
	await migratePostgresDatabase(server.url('entrelien_template'));
	project.provide('database', { kind: 'postgres', template: server.url('postgres') });
	return () => server.stop();
}
