// The demo network's job circle (issue 16, decision 031): two members join it, one says she is looking for work,
// both write this week's check-in (one with an interview in three days) and a lead is shared. Written through the
// job circle's own functions with the people's actors, like the rest of the demo (demo-activity.ts):
// `fillDemoJobCircle({ networkId, members })` with at least two members.
import type { Actor } from '../../auth/policies.ts';
import { now } from '../../clock.ts';
import { saveCheckin } from '../../job-circle/checkins.ts';
import { joinJobCircle } from '../../job-circle/circle.ts';
import { addJobLead, markJobLead } from '../../job-circle/leads.ts';
import { startJobSearch } from '../../job-circle/seeking.ts';
import { addParisDays, fromParisWallTime, parisDate, parisWallTime } from '../../../paris-time.ts';

export async function fillDemoJobCircle(options: { networkId: string; members: Actor[] }) {
	const { networkId } = options;
	const [first, second] = options.members;
	for (const actor of [first, second]) await joinJobCircle({ actor, networkId });
	await startJobSearch({ actor: first, networkId });
	const inThreeDays = parisWallTime(addParisDays(now(), 3));
	await saveCheckin({
		actor: first,
		networkId,
		done: 'Deux candidatures envoyées, une réponse positive.',
		need: 'Quelqu’un pour une simulation d’entretien.',
		interviewAt: fromParisWallTime({ ...inThreeDays, hour: 10, minute: 0, second: 0 })
	});
	await saveCheckin({
		actor: second,
		networkId,
		done: 'Inscription à une formation de cariste.',
		need: '',
		interviewAt: null
	});
	const lead = await addJobLead({
		actor: second,
		networkId,
		title: 'Employé ou employée de médiathèque',
		employer: 'Ville de Nanterre',
		place: 'Médiathèque du Petit-Nanterre',
		contract: 'cdd',
		url: 'https://www.nanterre.fr/',
		closesOn: parisDate(addParisDays(now(), 20))
	});
	await markJobLead({ actor: first, networkId, leadId: lead.id, mark: 'interested', on: true });
}
