// The steps of a mise en relation. Only these moves exist; anything else is refused (`transition_refused`).
export type IntroductionStatus = 'proposed' | 'accepted' | 'met' | 'done' | 'cancelled' | 'no_follow_up';

export const NEXT_STEPS: Record<IntroductionStatus, readonly IntroductionStatus[]> = {
	proposed: ['accepted', 'cancelled', 'no_follow_up'],
	accepted: ['met', 'cancelled', 'no_follow_up'],
	met: ['done', 'no_follow_up'],
	done: [],
	cancelled: [],
	no_follow_up: []
};

/** The statuses an introduction may be in to move to `to`. */
export function statusesBefore(to: IntroductionStatus): IntroductionStatus[] {
	return (Object.keys(NEXT_STEPS) as IntroductionStatus[]).filter((from) => NEXT_STEPS[from].includes(to));
}
