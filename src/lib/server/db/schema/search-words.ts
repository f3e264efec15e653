import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { networks } from './networks.ts';

// The words of a network's post titles and skill names (decision 014): the dictionary a misspelt search word is
// corrected against (« jardinnage » → « jardinage ») before searching again. Each word folded like name_key()
// (lower case, no accents), 4 letters or more; filled by triggers on posts and skills (migration 0015), never
// emptied: a word nobody uses any more only finds nothing.
export const searchWords = pgTable(
	'search_words',
	{
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		word: text('word').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.networkId, t.word] }),
		index('search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)
	]
);
