import { redirect } from '@sveltejs/kit';
import { membershipIn } from '#lib/server/auth/policies.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.actor) redirect(303, '/connexion');
	const pending = locals.network && membershipIn(locals.actor, locals.network.id)?.status === 'pending';
	if (!pending) redirect(303, '/');
	return {};
};
