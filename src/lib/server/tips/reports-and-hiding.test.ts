import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { tipContent, tipWorld } from '../../../../tests/tip-world.ts';
import { db } from '../db/client.ts';
import { auditLog, tipReports } from '../db/schema/index.ts';
import { createTip } from './create-tip.ts';
import { getTip } from './get-tip.ts';
import { setTipHidden } from './hide-tip.ts';
import { listTips } from './list-tips.ts';
import { reportTip } from './report-tip.ts';
import { listOpenTipReports, markTipReportHandled } from './tip-reports.ts';

describe('reporting a tip and hiding it', () => {
	it('a report reaches the team once; hiding closes it, takes the tip off the board, is journaled', async () => {
		const w = await tipWorld();
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		const report = () =>
			reportTip({ actor: w.samira.actor, networkId: w.networkId, tipId: tip.id, reason: 'Ce lien est une arnaque.' });
		await report();
		await report();
		await reportTip({ actor: w.member.actor, networkId: w.networkId, tipId: tip.id, reason: 'Publicité.' });

		const open = await listOpenTipReports({ actor: w.coordinator.actor, networkId: w.networkId });
		expect(open.map((r) => [r.reporterName, r.reason, r.tipTitle, r.authorName])).toEqual([
			['Samira Haddad', 'Ce lien est une arnaque.', tip.title, 'Karim Benali'],
			[w.member.name, 'Publicité.', tip.title, 'Karim Benali']
		]);
		expect(await getTip({ actor: w.samira.actor, networkId: w.networkId, tipId: tip.id })).toMatchObject({
			reported: true
		});

		await setTipHidden({ actor: w.coordinator.actor, networkId: w.networkId, tipId: tip.id, hidden: true });
		expect(await listOpenTipReports({ actor: w.coordinator.actor, networkId: w.networkId })).toEqual([]);
		expect((await listTips({ actor: w.samira.actor, networkId: w.networkId })).items).toEqual([]);
		await expect(getTip({ actor: w.samira.actor, networkId: w.networkId, tipId: tip.id })).rejects.toMatchObject({
			code: 'not_found'
		});
		expect(await getTip({ actor: w.karim.actor, networkId: w.networkId, tipId: tip.id })).toMatchObject({
			state: 'hidden',
			canRenew: false
		});
		const journal = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.networkId, w.networkId), eq(auditLog.subjectId, tip.id)));
		expect(journal.map((j) => [j.action, j.actorAccountId, j.subjectAccountId])).toEqual([
			['tip_hidden', w.coordinator.id, w.karim.id]
		]);

		await setTipHidden({ actor: w.coordinator.actor, networkId: w.networkId, tipId: tip.id, hidden: false });
		expect((await listTips({ actor: w.samira.actor, networkId: w.networkId })).items.map((t) => t.id)).toEqual([
			tip.id
		]);
	});

	it('« traité » closes one report without hiding the tip', async () => {
		const w = await tipWorld();
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		await reportTip({ actor: w.samira.actor, networkId: w.networkId, tipId: tip.id, reason: 'Doute.' });
		const [open] = await listOpenTipReports({ actor: w.coordinator.actor, networkId: w.networkId });
		await markTipReportHandled({ actor: w.coordinator.actor, networkId: w.networkId, reportId: open.id });
		expect(await db().$count(tipReports, eq(tipReports.tipId, tip.id))).toBe(1);
		expect(await listOpenTipReports({ actor: w.coordinator.actor, networkId: w.networkId })).toEqual([]);
		await expect(
			markTipReportHandled({ actor: w.coordinator.actor, networkId: w.networkId, reportId: open.id })
		).rejects.toMatchObject({ code: 'not_found' });
		expect((await listTips({ actor: w.samira.actor, networkId: w.networkId })).total).toBe(1);
	});

	it('refuses a plain member hiding, reading or closing reports, reporting one’s own tip, another network', async () => {
		const w = await tipWorld();
		const other = await tipWorld();
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		await reportTip({ actor: w.samira.actor, networkId: w.networkId, tipId: tip.id, reason: 'Doute.' });
		const [open] = await listOpenTipReports({ actor: w.coordinator.actor, networkId: w.networkId });

		await expect(
			setTipHidden({ actor: w.samira.actor, networkId: w.networkId, tipId: tip.id, hidden: true })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			setTipHidden({ actor: w.karim.actor, networkId: w.networkId, tipId: tip.id, hidden: true })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listOpenTipReports({ actor: w.samira.actor, networkId: w.networkId })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			markTipReportHandled({ actor: w.samira.actor, networkId: w.networkId, reportId: open.id })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			reportTip({ actor: w.karim.actor, networkId: w.networkId, tipId: tip.id, reason: 'Moi.' })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			setTipHidden({ actor: other.coordinator.actor, networkId: other.networkId, tipId: tip.id, hidden: true })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			markTipReportHandled({ actor: other.coordinator.actor, networkId: other.networkId, reportId: open.id })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			reportTip({ actor: null, networkId: w.networkId, tipId: tip.id, reason: 'Doute.' })
		).rejects.toMatchObject({ code: 'not_logged_in' });
		expect(await listOpenTipReports({ actor: other.coordinator.actor, networkId: other.networkId })).toEqual([]);
		expect((await getTip({ actor: w.samira.actor, networkId: w.networkId, tipId: tip.id })).state).toBe('live');
	});
});
