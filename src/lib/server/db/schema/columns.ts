// Column types shared by several schema files (not tables: not exported from index.ts).
import { customType } from 'drizzle-orm/pg-core';

/** Raw bytes (uploaded pictures), kept in the database with the rest of the network's data. */
export const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
