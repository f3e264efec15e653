// The order of the availability grid (decision 037): score oui = 1, si besoin = 0.5, non = 0; the best first,
// ties by date (the earliest first). Pure, so the rule is tested with many answers without a database.
import type { PollAnswer } from '../../validation/polls.ts';

export type RankedSlot<S> = S & { yes: number; maybe: number; no: number; score: number };

export function rankSlots<S extends { id: string; startsAt: Date }>(
	slots: S[],
	answers: { slotId: string; answer: PollAnswer | string }[]
): RankedSlot<S>[] {
	const counts = new Map(slots.map((s) => [s.id, { yes: 0, maybe: 0, no: 0 }]));
	for (const a of answers) {
		const c = counts.get(a.slotId);
		if (c && (a.answer === 'yes' || a.answer === 'maybe' || a.answer === 'no')) c[a.answer] += 1;
	}
	return slots
		.map((s) => {
			const c = counts.get(s.id)!;
			return { ...s, ...c, score: c.yes + c.maybe / 2 };
		})
		.sort((a, b) => b.score - a.score || a.startsAt.getTime() - b.startsAt.getTime());
}
