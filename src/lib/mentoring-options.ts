// The fixed choices of outside mentoring (decision 036), shared by the database schema, the validation and the
// pages. Each value has its sentence in messages (`mentoring_format_<value>`, `mentor_status_<value>`…).

/** How a mentor can meet, and how a member wishes to: sur place, en visio, les deux. */
export const MENTORING_FORMATS = ['on_site', 'video', 'both'] as const;
export type MentoringFormat = (typeof MENTORING_FORMATS)[number];

/** A mentor: invited (link not yet followed), active, paused (suggested to nobody), left. */
export const MENTOR_STATUSES = ['invited', 'active', 'paused', 'left'] as const;
export type MentorStatus = (typeof MENTOR_STATUSES)[number];

/** A request for a mentor: open, paired (a mentoring runs or ran), closed (withdrawn). */
export const MENTORING_REQUEST_STATUSES = ['open', 'paired', 'closed'] as const;

/** A pair: proposed by a coordinator, active once both accepted, declined by one of them, ended with reviews. */
export const MENTORING_STATUSES = ['proposed', 'active', 'declined', 'ended'] as const;
export type MentoringStatus = (typeof MENTORING_STATUSES)[number];

/** Who is who in a pair. */
export const MENTORING_SIDES = ['mentor', 'member'] as const;
export type MentoringSide = (typeof MENTORING_SIDES)[number];

/** « Ça m'a aidé ? » from 1 (pas du tout) to 4 (beaucoup). */
export const HELPED_SCORES = [1, 2, 3, 4] as const;
