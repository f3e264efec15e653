// The group's edit page (`/groupes/<id>/modifier`): the group, the themes to choose from and its picture, for the
// group's coordinators and the network's (decision 021).
import type { Actor } from '../auth/policies.ts';
import { listThemes } from '../skills/list-themes.ts';
import { requireGroupCoordinator } from './group-access.ts';
import { groupPictureInfo } from './group-picture.ts';

export async function groupEditPage(options: { actor: Actor | null; networkId: string; groupId: string }) {
	const { group } = await requireGroupCoordinator(options);
	const [themes, picture] = await Promise.all([listThemes(options), groupPictureInfo(options.networkId, group.id)]);
	return { group, themes, picture };
}
