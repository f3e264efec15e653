// The coordinators' count of open reports includes the « bons plans » reported (the « Signalements » page lists both).
import { describe, expect, it } from 'vitest';
import { tipContent, tipWorld } from '../../../../tests/tip-world.ts';
import { createTip } from '../tips/create-tip.ts';
import { reportTip } from '../tips/report-tip.ts';
import { listOpenTipReports, markTipReportHandled } from '../tips/tip-reports.ts';
import { coordinationTodo } from './coordination-todo.ts';

describe('coordinationTodo and reported tips', () => {
	it('counts the open reports of tips, this network only, and stops counting a handled one', async () => {
		const w = await tipWorld();
		const other = await tipWorld();
		const karim = { actor: w.karim.actor, networkId: w.networkId };
		const first = await createTip({ ...karim, ...tipContent({ title: 'Épicerie solidaire le jeudi' }) });
		const second = await createTip({ ...karim, ...tipContent({ title: 'Concerts gratuits au parc' }) });
		const elsewhere = await createTip({ actor: other.karim.actor, networkId: other.networkId, ...tipContent() });
		await reportTip({ actor: w.samira.actor, networkId: w.networkId, tipId: first.id, reason: 'Lien trompeur' });
		await reportTip({ actor: w.member.actor, networkId: w.networkId, tipId: first.id, reason: 'Publicité' });
		await reportTip({ actor: w.samira.actor, networkId: w.networkId, tipId: second.id, reason: 'Erreur de date' });
		await reportTip({ actor: other.samira.actor, networkId: other.networkId, tipId: elsewhere.id, reason: 'Ailleurs' });
		const coordinator = { actor: w.coordinator.actor, networkId: w.networkId };

		expect((await coordinationTodo(coordinator)).reports).toBe(3);

		const [report] = (await listOpenTipReports(coordinator)).filter((r) => r.reason === 'Erreur de date');
		await markTipReportHandled({ ...coordinator, reportId: report.id });
		expect((await coordinationTodo(coordinator)).reports).toBe(2);
		expect((await coordinationTodo({ actor: other.coordinator.actor, networkId: other.networkId })).reports).toBe(1);
	});
});
