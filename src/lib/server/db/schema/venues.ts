import { sql, type SQL } from 'drizzle-orm';
import {
	boolean,
	check,
	foreignKey,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { networks } from './networks.ts';
import { partners } from './partners.ts';
import { MAX_LENGTH, RANGE } from '../../../limits.ts';
import { lengthAtMost, lengthBetween, limit } from './columns.ts';

// Lengths match src/lib/validation/venues.ts (decision 021).

// A place where the network meets: its own space (« notre local ») or a partner's kitchen, garden, room…
// Archived venues take no new events but keep the old ones.
export const venues = pgTable(
	'venues',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		nameKey: text('name_key')
			.notNull()
			.generatedAlwaysAs((): SQL => sql`name_key(${venues.name})`),
		address: text('address').notNull(),
		// Accessibility, floor, how to find the door: shown to the network's members.
		accessNotes: text('access_notes').notNull().default(''),
		// Door or gate code: shown only to active members of the network, never on public pages (decision 021).
		doorCode: text('door_code').notNull().default(''),
		// How many people the place holds; null when nobody said.
		capacity: integer('capacity'),
		// The partner organisation behind the place, if any (« l'association Authenti'Cité »).
		partnerName: text('partner_name').notNull().default(''),
		// The partner of the directory behind the place (decision 035); `partner_name` stays for venues not linked.
		partnerId: uuid('partner_id'),
		isOwnSpace: boolean('is_own_space').notNull().default(false),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdByAccountId: uuid('created_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		// What events reference: a venue of the same network.
		unique('venues_network_id_id_key').on(t.networkId, t.id),
		// A partner of the same network (partners are archived, never deleted).
		foreignKey({
			name: 'venues_partner_fk',
			columns: [t.networkId, t.partnerId],
			foreignColumns: [partners.networkId, partners.id]
		}),
		index('venues_partner_idx').on(t.partnerId),
		// Two venues in use never share a name (up to case and accents); an archived one frees its name.
		uniqueIndex('venues_live_name_idx')
			.on(t.networkId, t.nameKey)
			.where(sql`${t.archivedAt} is null`),
		check('venues_name_length', lengthBetween(t.name, 1, MAX_LENGTH.venueName)),
		check('venues_address_length', lengthBetween(t.address, 1, MAX_LENGTH.venueAddress)),
		check('venues_access_notes_length', lengthAtMost(t.accessNotes, MAX_LENGTH.venueAccessNotes)),
		check('venues_door_code_length', lengthAtMost(t.doorCode, MAX_LENGTH.venueDoorCode)),
		check('venues_partner_name_length', lengthAtMost(t.partnerName, MAX_LENGTH.venuePartnerName)),
		check(
			'venues_capacity',
			sql`${t.capacity} between ${limit(RANGE.venueCapacity.min)} and ${limit(RANGE.venueCapacity.max)}`
		)
	]
);
