// The demo network's childcare (issue 16, decision 032): the team met one member, who is now a person of trust;
// another member, a parent, asks for childcare in three days for a training course, and the carer offers. The
// parent's choice is left for whoever tries the demo. Written through the childcare functions with the people's
// actors, like the rest of the demo: `fillDemoChildcare({ networkId, admin, carer, parent })`.
import type { Actor } from '../../auth/policies.ts';
import { askForChildcare } from '../../childcare/ask-for-childcare.ts';
import { offerCare } from '../../childcare/offer-care.ts';
import { recordCarerMeeting } from '../../childcare/record-meeting.ts';
import { now } from '../../clock.ts';
import { addParisDays, fromParisWallTime, parisDate, parisWallTime } from '../../../paris-time.ts';

export async function fillDemoChildcare(options: { networkId: string; admin: Actor; carer: Actor; parent: Actor }) {
	const { networkId } = options;
	await recordCarerMeeting({
		actor: options.admin,
		networkId,
		accountId: options.carer.accountId,
		metOn: parisDate(addParisDays(now(), -10)),
		voucher1AccountId: null,
		voucher2AccountId: null
	});
	const day = parisWallTime(addParisDays(now(), 3));
	const at = (hour: number) => fromParisWallTime({ ...day, hour, minute: 0, second: 0 });
	const request = await askForChildcare({
		actor: options.parent,
		networkId,
		input: {
			startsAt: at(14),
			endsAt: at(16),
			reason: 'training',
			children: 1,
			ageRanges: ['3-5'],
			place: 'parent_home',
			venueId: null,
			address: 'Résidence des Pâquerettes, bâtiment B, Nanterre',
			phone: '',
			note: 'Le doudou est dans le sac bleu.',
			forAccountId: null,
			consent: false
		}
	});
	await offerCare({ actor: options.carer, networkId, requestId: request.id, address: '', phone: '' });
	return request;
}
