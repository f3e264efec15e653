// The Drizzle schema (what the code believes) and the migrated database (what the SQL files built) must agree:
// the same tables, columns (type, nullability, default or not), constraints and indexes by name. A column added
// to the schema without `npm run db:generate`, or a hand edit of a migration the schema does not know, fails here.
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableName, is, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from './client.ts';
import * as schema from './schema/index.ts';
import { exclusionConstraints } from './schema/index.ts';

type Row = Record<string, unknown>;

async function rows<T extends Row>(query: ReturnType<typeof sql>): Promise<T[]> {
	const result = await db().execute<T>(query);
	return Array.isArray(result) ? (result as T[]) : (result as unknown as { rows: T[] }).rows;
}

const tables: PgTable[] = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));

/** Column type as `format_type` writes it, from the SQL type Drizzle declares. */
function normalType(declared: string): string {
	const aliases: Record<string, string> = {
		timestamp: 'timestamp without time zone',
		time: 'time without time zone',
		'timestamp with time zone': 'timestamp with time zone',
		serial: 'integer',
		bigserial: 'bigint',
		varchar: 'character varying',
		'double precision': 'double precision',
		real: 'real'
	};
	return aliases[declared] ?? declared.replace(/^varchar/, 'character varying');
}

type Filled = 'generated' | 'identity' | 'default' | 'none';

/** How a column gets a value when an insert leaves it out. */
function filledBy(column: ReturnType<typeof getTableConfig>['columns'][number]): Filled {
	if (column.generated) return 'generated';
	if (column.generatedIdentity) return 'identity';
	// A serial column's default (its sequence) is in the database, not in the schema's `default`.
	if (/serial$/.test(column.getSQLType())) return 'default';
	return column.hasDefault && column.default !== undefined ? 'default' : 'none';
}

function declaredShape() {
	return tables
		.map((table) => {
			const config = getTableConfig(table);
			const name = getTableName(table);
			return {
				name,
				columns: config.columns
					.map((c) => ({
						name: c.name,
						type: normalType(c.getSQLType()),
						notNull: c.notNull || c.primary,
						filled: filledBy(c)
					}))
					.sort((a, b) => a.name.localeCompare(b.name)),
				constraints: [
					...config.checks.map((c) => c.name),
					...config.foreignKeys.map((f) => f.getName()),
					...config.uniqueConstraints.map((u) => u.getName()),
					...config.columns.filter((c) => c.isUnique).map((c) => c.uniqueName ?? `${name}_${c.name}_unique`),
					// Written by hand in the migrations (Drizzle cannot declare them), listed beside their table.
					...(exclusionConstraints[name] ?? [])
				].sort(),
				indexes: config.indexes.map((i) => i.config.name).sort()
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}

async function databaseShape() {
	const columns = await rows<{ table_name: string; name: string; type: string; not_null: boolean; filled: Filled }>(
		sql`select c.relname as table_name, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
				a.attnotnull as not_null,
				case when a.attgenerated <> '' then 'generated' when a.attidentity <> '' then 'identity'
					when a.atthasdef then 'default' else 'none' end as filled
			from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped`
	);
	// Primary keys and their indexes are named by PostgreSQL, not by the schema: compared through the columns.
	const constraints = await rows<{ table_name: string; name: string }>(
		sql`select c.relname as table_name, k.conname as name
			from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = 'public' and k.contype in ('c', 'f', 'u', 'x') and c.relkind = 'r'`
	);
	const indexes = await rows<{ table_name: string; name: string }>(
		sql`select t.relname as table_name, i.relname as name
			from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
			join pg_namespace n on n.oid = t.relnamespace
			where n.nspname = 'public' and not x.indisprimary
				and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)`
	);
	const names = [...new Set(columns.map((c) => c.table_name))].sort();
	return names.map((name) => ({
		name,
		columns: columns
			.filter((c) => c.table_name === name)
			.map((c) => ({ name: c.name, type: c.type, notNull: c.not_null, filled: c.filled }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		constraints: constraints
			.filter((c) => c.table_name === name)
			.map((c) => c.name)
			.sort(),
		indexes: indexes
			.filter((i) => i.table_name === name)
			.map((i) => i.name)
			.sort()
	}));
}

describe('the schema and the migrations', () => {
	it('describe the same tables, columns, constraints and indexes', async () => {
		const declared = declaredShape();
		const migrated = await databaseShape();
		expect(migrated.map((t) => t.name)).toEqual(declared.map((t) => t.name));
		for (const table of declared) {
			const actual = migrated.find((t) => t.name === table.name);
			expect(actual, table.name).toEqual(table);
		}
	});

	it('would notice a column the migrations never created', async () => {
		await db().execute(sql`alter table instance add column stray text`);
		const migrated = await databaseShape();
		const declared = declaredShape();
		expect(migrated.find((t) => t.name === 'instance')).not.toEqual(declared.find((t) => t.name === 'instance'));
	});
});
