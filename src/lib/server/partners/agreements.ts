// Agreements with a partner (« conventions », decision 035): title, start and end days, status, and an optional
// PDF kept apart (partner_agreement_files) and served to coordinators only. Coordinators are reminded a month
// before the end (remind-agreements.ts): changing the end day lets the reminder go again.
import { and, desc, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { recordAudit } from '../audit/record.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { partnerAgreementFiles, partnerAgreements } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { AGREEMENT_MAX_BYTES } from '../../limits.ts';
import type { AgreementInput } from '../../validation/partners.ts';
import { requireManagedPartner } from './find-partner.ts';
import { checkPdf, safeFileName } from './pdf.ts';

type Scope = { actor: Actor | null; networkId: string };

/** A coordinator adds an agreement to a partner; `file` may be empty (no PDF yet). */
export async function createAgreement(options: Scope & { partnerId: string; file: Uint8Array } & AgreementInput) {
	const { actor, partner } = await requireManagedPartner(options);
	if (options.file.length > 0) checkPdf(options.file, AGREEMENT_MAX_BYTES, 'file');
	const at = now();
	return db().transaction(async (tx) => {
		const [agreement] = await tx
			.insert(partnerAgreements)
			.values({
				networkId: options.networkId,
				partnerId: partner.id,
				title: options.title,
				startsOn: options.startsOn,
				endsOn: options.endsOn,
				status: options.status,
				createdByAccountId: actor.accountId,
				createdAt: at,
				updatedAt: at
			})
			.returning();
		if (options.file.length > 0) await putFile(tx, { ...options, actor, agreementId: agreement.id });
		await recordAudit({
			tx,
			networkId: options.networkId,
			actor,
			action: 'partner_agreement_added',
			subjectId: partner.id,
			detail: `${options.title} — ${partner.name}`
		});
		return agreement;
	});
}

/** A coordinator changes an agreement; a non-empty `file` replaces the PDF, an empty one keeps it. */
export async function updateAgreement(options: Scope & { agreementId: string; file: Uint8Array } & AgreementInput) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const current = await findAgreement(options);
	if (options.file.length > 0) checkPdf(options.file, AGREEMENT_MAX_BYTES, 'file');
	return db().transaction(async (tx) => {
		const [agreement] = await tx
			.update(partnerAgreements)
			.set({
				title: options.title,
				startsOn: options.startsOn,
				endsOn: options.endsOn,
				status: options.status,
				// A new end day (a renewal) deserves its own reminder.
				...(options.endsOn !== current.endsOn ? { remindedAt: null } : {}),
				updatedAt: now()
			})
			.where(and(eq(partnerAgreements.networkId, options.networkId), eq(partnerAgreements.id, current.id)))
			.returning();
		if (options.file.length > 0) await putFile(tx, { ...options, actor, agreementId: current.id });
		return agreement;
	});
}

async function putFile(
	tx: Queryable,
	options: { actor: Actor; networkId: string; agreementId: string; title: string; file: Uint8Array }
) {
	const values = {
		fileName: safeFileName(options.title),
		bytes: Buffer.from(options.file),
		updatedAt: now(),
		updatedByAccountId: options.actor.accountId
	};
	await tx
		.insert(partnerAgreementFiles)
		.values({ networkId: options.networkId, agreementId: options.agreementId, ...values })
		.onConflictDoUpdate({ target: partnerAgreementFiles.agreementId, set: values });
}

async function findAgreement(options: { networkId: string; agreementId: string }) {
	if (!isUuid(options.agreementId)) throw new AppError('not_found');
	const [agreement] = await db()
		.select()
		.from(partnerAgreements)
		.where(and(eq(partnerAgreements.networkId, options.networkId), eq(partnerAgreements.id, options.agreementId)));
	if (!agreement) throw new AppError('not_found');
	return agreement;
}

/** One agreement of the network, for its edit page. */
export async function getAgreement(options: Scope & { agreementId: string }) {
	requireCoordinator(options.actor, options.networkId);
	return findAgreement(options);
}

/** A partner's agreements, latest end first, each saying whether it has a PDF (without the bytes). */
export async function listAgreements(options: Scope & { partnerId: string }) {
	const { partner } = await requireManagedPartner(options);
	return db()
		.select({
			id: partnerAgreements.id,
			title: partnerAgreements.title,
			startsOn: partnerAgreements.startsOn,
			endsOn: partnerAgreements.endsOn,
			status: partnerAgreements.status,
			remindedAt: partnerAgreements.remindedAt,
			fileUpdatedAt: partnerAgreementFiles.updatedAt
		})
		.from(partnerAgreements)
		.leftJoin(partnerAgreementFiles, eq(partnerAgreementFiles.agreementId, partnerAgreements.id))
		.where(and(eq(partnerAgreements.networkId, options.networkId), eq(partnerAgreements.partnerId, partner.id)))
		.orderBy(desc(partnerAgreements.endsOn));
}

/** The agreement's PDF, for coordinators only; `not_found` when there is none. */
export async function getAgreementFile(options: Scope & { agreementId: string }) {
	requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.agreementId)) throw new AppError('not_found');
	const [file] = await db()
		.select({
			fileName: partnerAgreementFiles.fileName,
			bytes: partnerAgreementFiles.bytes,
			updatedAt: partnerAgreementFiles.updatedAt
		})
		.from(partnerAgreementFiles)
		.where(
			and(
				eq(partnerAgreementFiles.networkId, options.networkId),
				eq(partnerAgreementFiles.agreementId, options.agreementId)
			)
		);
	if (!file) throw new AppError('not_found');
	return { ...file, bytes: Buffer.from(file.bytes) };
}
