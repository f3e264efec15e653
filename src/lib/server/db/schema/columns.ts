// Column types and check helpers shared by several schema files (not tables: not exported from index.ts).
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';

/** Raw bytes (uploaded pictures), kept in the database with the rest of the network's data. */
export const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** A number from src/lib/limits.ts written into a check constraint (a literal, as the migrations have it). */
export const limit = (value: number): SQL => sql.raw(String(value));

/** `char_length(column) between min and max`: the database holds a text to its limits (src/lib/limits.ts). */
export function lengthBetween(column: AnyColumn, min: number, max: number): SQL {
	return sql`char_length(${column}) between ${limit(min)} and ${limit(max)}`;
}

/** `char_length(column) <= max`, for a text that may be empty. */
export function lengthAtMost(column: AnyColumn, max: number): SQL {
	return sql`char_length(${column}) <= ${limit(max)}`;
}
