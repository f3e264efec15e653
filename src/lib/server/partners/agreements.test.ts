import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { partnerWorld } from '../../../../tests/partner-world.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isCheckViolation } from '../db/errors.ts';
import { emails, partnerAgreementFiles, partnerAgreements } from '../db/schema/index.ts';
import { AGREEMENT_MAX_BYTES } from '../../limits.ts';
import { addParisDays, parisDate } from '../../paris-time.ts';
import { agreementInput } from '../../validation/partners.ts';
import { createAgreement, getAgreementFile, listAgreements, updateAgreement } from './agreements.ts';
import { remindAgreements } from './remind-agreements.ts';

const DAY = 86_400_000;
const pdf = (size = 200) =>
	Uint8Array.from({ length: size }, (_, i) => [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37][i] ?? 0x20);
const day = (daysFromNow: number) => parisDate(addParisDays(now(), daysFromNow));
const agreement = (overrides: Partial<{ startsOn: string; endsOn: string }> = {}) => ({
	title: 'Convention ateliers 2026',
	startsOn: day(-300),
	endsOn: day(40),
	status: 'signed' as const,
	...overrides
});

/** Reminder e-mails queued for the partner's page (the link each one carries). */
async function remindersTo(partnerId: string) {
	const rows = await db().select({ to: emails.toAccountId, text: emails.textBody }).from(emails);
	return rows.filter((r) => r.text.includes(`/coordination/partenaires/${partnerId}`));
}

describe('agreements', () => {
	it('keeps a PDF that only coordinators download, and lists the agreement with it', async () => {
		const { coordinator, member, where } = await partnerWorld();
		const saved = await createAgreement({ actor: coordinator.actor, ...where, ...agreement(), file: pdf() });
		const listed = await listAgreements({ actor: coordinator.actor, ...where });
		expect(listed.map((a) => [a.title, a.status, a.fileUpdatedAt !== null])).toEqual([
			['Convention ateliers 2026', 'signed', true]
		]);
		const file = await getAgreementFile({
			actor: coordinator.actor,
			networkId: where.networkId,
			agreementId: saved.id
		});
		expect(new Uint8Array(file.bytes)).toEqual(pdf());
		expect(file.fileName).toBe('Convention-ateliers-2026.pdf');
		const scope = { networkId: where.networkId, agreementId: saved.id };
		await expect(getAgreementFile({ actor: member.actor, ...scope })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(getAgreementFile({ actor: null, ...scope })).rejects.toMatchObject({ code: 'not_logged_in' });
		const other = await createNetworkWithPeople();
		await expect(
			getAgreementFile({ actor: other.coordinator.actor, networkId: other.network.id, agreementId: saved.id })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			updateAgreement({
				actor: other.coordinator.actor,
				networkId: other.network.id,
				agreementId: saved.id,
				...agreement({ endsOn: day(400) }),
				file: new Uint8Array()
			})
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			createAgreement({
				actor: other.coordinator.actor,
				networkId: other.network.id,
				partnerId: where.partnerId,
				...agreement(),
				file: new Uint8Array()
			})
		).rejects.toMatchObject({ code: 'not_found' });
		for (const [actor, code] of [
			[null, 'not_logged_in'],
			[member.actor, 'forbidden']
		] as const) {
			await expect(createAgreement({ actor, ...where, ...agreement(), file: pdf() })).rejects.toMatchObject({ code });
			await expect(updateAgreement({ actor, ...scope, ...agreement(), file: new Uint8Array() })).rejects.toMatchObject({
				code
			});
		}
	});

	it('refuses a file that is not a PDF or too big, and an end before the start; nothing is written', async () => {
		const { coordinator, where } = await partnerWorld();
		const before = await db().$count(partnerAgreements);
		await expect(
			createAgreement({
				actor: coordinator.actor,
				...where,
				...agreement(),
				file: new TextEncoder().encode('<html>pas un pdf</html>')
			})
		).rejects.toMatchObject({ code: 'agreement_not_pdf', field: 'file' });
		await expect(
			createAgreement({ actor: coordinator.actor, ...where, ...agreement(), file: pdf(AGREEMENT_MAX_BYTES + 1) })
		).rejects.toMatchObject({ code: 'agreement_too_big', field: 'file', params: { max: '5' } });
		const form = { title: 'Convention', startsOn: '01/09/2026', endsOn: '31/08/2026', status: 'draft' };
		const parsed = agreementInput.safeParse(form);
		expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([['endsOn', 'agreement_end_before_start']]);
		expect(agreementInput.safeParse({ ...form, endsOn: '01/09/2026' }).success).toBe(false);
		expect(agreementInput.parse({ ...form, endsOn: '01/09/2027' })).toMatchObject({
			startsOn: '2026-09-01',
			endsOn: '2027-09-01'
		});
		// The database holds the order and the PDF signature for a caller that skips the checks.
		const reversed = await createAgreement({
			actor: coordinator.actor,
			...where,
			...agreement({ startsOn: '2026-09-01', endsOn: '2026-08-31' }),
			file: new Uint8Array()
		}).catch((e) => e);
		expect(isCheckViolation(reversed)).toBe(true);
		expect(await db().$count(partnerAgreements)).toBe(before);
		const saved = await createAgreement({ actor: coordinator.actor, ...where, ...agreement(), file: new Uint8Array() });
		const notPdf = await db()
			.insert(partnerAgreementFiles)
			.values({ agreementId: saved.id, networkId: where.networkId, fileName: 'x.pdf', bytes: Buffer.from('GIF89a') })
			.catch((e) => e);
		expect(isCheckViolation(notPdf)).toBe(true);
	});

	it("reminds the network's coordinators once, a month before the end, and again after a new end day", async () => {
		const { coordinator, member, where, network } = await partnerWorld();
		const second = await createMember(network.id, { role: 'coordinator' });
		await createMember(network.id, { role: 'coordinator', email: null });
		const saved = await createAgreement({ actor: coordinator.actor, ...where, ...agreement(), file: new Uint8Array() });
		// A « terminée » agreement and another network's are not this partner's reminders.
		await createAgreement({
			actor: coordinator.actor,
			...where,
			...agreement({ endsOn: day(35) }),
			status: 'ended',
			file: new Uint8Array()
		});

		await remindAgreements();
		expect(await remindersTo(where.partnerId)).toEqual([]);

		advanceClock(11 * DAY);
		await remindAgreements();
		const sent = await remindersTo(where.partnerId);
		expect(sent.map((r) => r.to).sort()).toEqual([coordinator.id, second.id].sort());
		expect(sent.map((r) => r.to)).not.toContain(member.id);
		expect(sent[0].text).toContain(
			'La convention « Convention ateliers 2026 » avec Atelier Coudre Ensemble se termine le'
		);
		const [row] = await db().select().from(partnerAgreements).where(eq(partnerAgreements.id, saved.id));
		expect(row.remindedAt).not.toBeNull();

		advanceClock(DAY);
		await remindAgreements();
		expect(await remindersTo(where.partnerId)).toHaveLength(2);

		// Renewed for a year: the new end gets its own reminder, when its month comes.
		await updateAgreement({
			actor: coordinator.actor,
			networkId: where.networkId,
			agreementId: saved.id,
			...agreement({ endsOn: day(365) }),
			file: new Uint8Array()
		});
		await remindAgreements();
		expect(await remindersTo(where.partnerId)).toHaveLength(2);
		advanceClock(340 * DAY);
		await remindAgreements();
		expect(await remindersTo(where.partnerId)).toHaveLength(4);
	});
});
