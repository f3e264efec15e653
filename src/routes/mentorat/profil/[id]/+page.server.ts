import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import {
	leaveMentoring,
	mentorProfile,
	setMentorPaused,
	updateMentorProfile
} from '#lib/server/mentoring/mentor-profile.ts';
import { flashOf, withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { accountOf } from '#lib/server/web/scope.ts';
import { mentorProfileInput } from '#lib/validation/mentoring.ts';
import type { Actions, PageServerLoad } from './$types';

// The mentor's own profile (decision 036): their account only, no network in the session.
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		...(await mentorProfile({ actor: accountOf(event), mentorId: event.params.id })),
		done: flashOf(event, ['bienvenue', 'enregistre', 'pause', 'reprise'])
	}));

const here = (event: { params: { id: string } }, code: string) =>
	withFlash(`/mentorat/profil/${event.params.id}`, code);

export const actions: Actions = {
	save: (event) =>
		handleForm(event, mentorProfileInput, async (input) => {
			await updateMentorProfile({ actor: accountOf(event), mentorId: event.params.id, ...input });
			redirect(303, here(event, 'enregistre'));
		}),
	pause: (event) =>
		handleForm(event, z.object({}), async () => {
			await setMentorPaused({ actor: accountOf(event), mentorId: event.params.id, paused: true });
			redirect(303, here(event, 'pause'));
		}),
	resume: (event) =>
		handleForm(event, z.object({}), async () => {
			await setMentorPaused({ actor: accountOf(event), mentorId: event.params.id, paused: false });
			redirect(303, here(event, 'reprise'));
		}),
	leave: (event) =>
		handleForm(event, z.object({}), async () => {
			await leaveMentoring({ actor: accountOf(event), mentorId: event.params.id });
			redirect(303, withFlash('/mentorat', 'quitte'));
		})
};
