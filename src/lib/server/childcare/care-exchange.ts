// The exchange a childcare slot becomes once both sides said it happened (decision 032): the carer shared
// « Garde d'enfants » with the parent, on the slot's day, for the slot's length — already confirmed by both, so it
// counts at once, and in time-bank mode the ledger moves through the exchanges' own writer (decision 019).
import { and, asc, isNull, sql } from 'drizzle-orm';
import { m } from '#lib/paraglide/messages.js';
import type { Tx } from '../db/client.ts';
import { exchangeLearners, exchanges, themes } from '../db/schema/index.ts';
import { ledgerRefusal, reciprocityModeOf, writeLedgerEntries } from '../exchanges/ledger.ts';
import { findOrCreateSkill } from '../skills/choose-skill.ts';
import { RANGE } from '../../limits.ts';
import { parisDate } from '../../paris-time.ts';
import type { CareRequest } from './request-access.ts';

/** The network's skill « Garde d'enfants », under the theme of that name (seeded) or else the first open one. */
async function childcareSkill(tx: Tx, networkId: string, byAccountId: string) {
	const name = m.care_skill_name({}, { locale: 'fr' });
	const [theme] = await tx
		.select({ id: themes.id })
		.from(themes)
		.where(and(sql`${themes.networkId} = ${networkId}`, isNull(themes.archivedAt)))
		.orderBy(
			sql`${themes.nameKey} = name_key(${m.theme_seed_childcare({}, { locale: 'fr' })}) desc`,
			asc(themes.position)
		)
		.limit(1);
	return findOrCreateSkill(tx, { networkId, name, themeId: theme.id, createdByAccountId: byAccountId });
}

export async function recordCareExchange(
	tx: Tx,
	o: {
		request: CareRequest;
		carerAccountId: string;
		byAccountId: string;
		origin: 'sharer' | 'learner' | 'coordinator';
		at: Date;
	}
) {
	const { request, at } = o;
	const skill = await childcareSkill(tx, request.networkId, o.byAccountId);
	const length = Math.round((request.endsAt.getTime() - request.startsAt.getTime()) / 60_000);
	const minutes = Math.min(RANGE.exchangeMinutes.max, Math.max(RANGE.exchangeMinutes.min, length));
	try {
		const [exchange] = await tx
			.insert(exchanges)
			.values({
				networkId: request.networkId,
				sharerAccountId: o.carerAccountId,
				skillId: skill.id,
				occurredOn: parisDate(request.startsAt),
				minutes,
				origin: o.origin,
				recordedByAccountId: o.byAccountId,
				sharerStatus: 'confirmed',
				sharerDecidedAt: at,
				confirmedAt: at,
				createdAt: at
			})
			.returning();
		await tx.insert(exchangeLearners).values({
			exchangeId: exchange.id,
			networkId: request.networkId,
			sharerAccountId: o.carerAccountId,
			accountId: request.parentAccountId,
			status: 'confirmed',
			decidedAt: at
		});
		if ((await reciprocityModeOf(tx, request.networkId)) === 'time_bank') {
			await writeLedgerEntries(tx, exchange, [request.parentAccountId]);
		}
		return exchange;
	} catch (error) {
		return ledgerRefusal(error);
	}
}
