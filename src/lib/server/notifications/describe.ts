// The sentence of a notification, written when it is shown or emailed, in the reader's language.
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '../accounts/locale.ts';
import type { NotificationKind } from './kinds.ts';
import { describeEventNotice } from '../events/describe-event.ts';
import { describeSpaceNotice } from '../space/describe-space.ts';
import { describeJobCircleNotice } from '../job-circle/describe-job-circle.ts';
import { describeChildcareNotice } from '../childcare/describe-childcare.ts';
import { describeTipNotice } from '../tips/describe-tip.ts';
import { describeGroupNotice } from '../challenges/describe-challenge.ts';

type Params = Record<string, string>;

const sentences: Record<NotificationKind, (p: Params, o: { locale: Locale }) => string> = {
	match: (p, o) => m.notif_match({ title: p.title ?? '' }, o),
	answer: (p, o) => m.notif_answer({ name: p.name ?? '', title: p.title ?? '' }, o),
	introduction: (p, o) => m.notif_introduction({ title: p.title ?? '' }, o),
	exchange: (p, o) => m.notif_exchange({ name: p.name ?? '', skill: p.skill ?? '' }, o),
	thanks: (p, o) => m.notif_thanks({ name: p.name ?? '' }, o),
	message: (p, o) => m.notif_message({ name: p.name ?? '' }, o),
	group: (p, o) => describeGroupNotice(p, o),
	event: (p, o) => describeEventNotice(p, o),
	space: (p, o) => describeSpaceNotice(p, o),
	job_circle: (p, o) => describeJobCircleNotice(p, o),
	childcare: (p, o) => describeChildcareNotice(p, o),
	tip: (p, o) => describeTipNotice(p, o)
};

export function describeNotification(kind: NotificationKind, params: Params, locale: Locale): string {
	return sentences[kind](params, { locale });
}
