// A request for job-search help (decision 031): an ordinary request of the network (posts), under the circle's
// theme with the help kind's skill, so matching, introductions and exchanges serve it as any other — plus, if the
// member attaches one, a CV written in the same transaction as the post.
import { m } from '#lib/paraglide/messages.js';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { jobCvs } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { createPost } from '../posts/create-post.ts';
import type { JobHelpKind } from '../../job-circle-options.ts';
import { requireCircleReader } from './circle.ts';
import { checkCv } from './cv.ts';
import { helpSkill, helpSkillName } from './help-skills.ts';
import { db } from '../db/client.ts';

export async function requestJobHelp(options: {
	actor: Actor | null;
	networkId: string;
	helpKind: JobHelpKind;
	description: string;
	/** The CV's bytes; empty when none was attached. */
	cv: Uint8Array;
}) {
	const { actor, circle, isMember } = await requireCircleReader(options);
	if (!isMember) throw new AppError('job_circle_members_only');
	if (options.cv.length > 0) checkCv(options.cv);
	if (!circle.themeId) throw new AppError('theme_unknown', 'helpKind');
	const skill = await helpSkill(db(), options.networkId, circle.themeId, options.helpKind, actor.accountId);
	return createPost({
		actor: options.actor,
		networkId: options.networkId,
		kind: 'request',
		title: helpSkillName[options.helpKind](),
		description: options.description,
		themeId: circle.themeId,
		skillIds: [skill.id],
		format: 'one_to_one',
		placeKind: 'neighbourhood',
		place: '',
		whenKind: 'flexible',
		startsAt: null,
		whenNote: '',
		onCreated: async (tx, post) => {
			if (options.cv.length === 0) return;
			await tx.insert(jobCvs).values({
				postId: post.id,
				networkId: post.networkId,
				fileName: m.job_cv_file_name({}, { locale: 'fr' }),
				bytes: Buffer.from(options.cv),
				createdAt: now()
			});
		}
	});
}
