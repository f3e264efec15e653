// The profile form (`/profil`): the person's own profile, or that of a member without email whom a coordinator
// fills in (`?membre=<id>`, see requireProfileEditor). Anyone else is refused.
import type { Actor } from '../auth/policies.ts';
import { AppError } from '../errors.ts';
import { getProfile } from './get-profile.ts';

export async function getEditableProfile(options: { actor: Actor | null; networkId: string; accountId: string }) {
	const profile = await getProfile(options);
	if (!profile.canEdit) throw new AppError('forbidden');
	return profile;
}
