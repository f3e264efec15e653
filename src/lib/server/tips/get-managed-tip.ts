import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isLive, isRenewable } from './lifetime.ts';
import { loadManageableTip } from './tip-access.ts';

/** A tip opened by its author or a coordinator to edit or prolong it: its form values and where it stands. */
export async function getManagedTip(options: { actor: Actor | null; networkId: string; tipId: string }) {
	const { tip } = await loadManageableTip(db(), options);
	const at = now();
	return {
		id: tip.id,
		title: tip.title,
		expiresAt: tip.expiresAt,
		hidden: tip.hiddenAt !== null,
		expired: !isLive({ ...tip, hiddenAt: null }, at),
		dated: tip.endsOn !== null,
		canRenew: tip.hiddenAt === null && isRenewable(tip, at),
		/** The form's fields as strings, as a posted form would have them. */
		values: {
			title: tip.title,
			body: tip.body,
			theme: tip.theme,
			link: tip.link ?? '',
			place: tip.place,
			startsOn: tip.startsOn ?? '',
			endsOn: tip.endsOn ?? '',
			isPublic: tip.isPublic ? 'on' : ''
		}
	};
}
