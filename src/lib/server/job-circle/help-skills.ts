// The five kinds of job-search help are skills of the circle's theme (decision 031): a request for « Relecture de
// CV » is an ordinary request with that skill, so matching finds the members who share it, and introductions and
// exchanges follow as for any post. No second workflow, no column on posts.
import { m } from '#lib/paraglide/messages.js';
import type { Queryable } from '../db/client.ts';
import { findOrCreateSkill } from '../skills/choose-skill.ts';
import { JOB_HELP_KINDS, type JobHelpKind } from '../../job-circle-options.ts';

const fr = { locale: 'fr' } as const;

/** The skill's name of each kind, in French like every name the network starts with. */
export const helpSkillName: Record<JobHelpKind, () => string> = {
	cv: () => m.job_help_cv({}, fr),
	cover_letter: () => m.job_help_cover_letter({}, fr),
	mock_interview: () => m.job_help_mock_interview({}, fr),
	interview_prep: () => m.job_help_interview_prep({}, fr),
	job_sites: () => m.job_help_job_sites({}, fr)
};

/** Makes the five skills under the circle's theme (a skill of that name elsewhere is kept where it is). */
export async function ensureHelpSkills(q: Queryable, networkId: string, themeId: string, accountId: string) {
	for (const kind of JOB_HELP_KINDS) {
		await findOrCreateSkill(q, { networkId, themeId, name: helpSkillName[kind](), createdByAccountId: accountId });
	}
}

/** The skill of a help kind in this network, made under the theme if a coordinator deleted or merged it away. */
export async function helpSkill(
	q: Queryable,
	networkId: string,
	themeId: string,
	kind: JobHelpKind,
	accountId: string
) {
	return findOrCreateSkill(q, { networkId, themeId, name: helpSkillName[kind](), createdByAccountId: accountId });
}
