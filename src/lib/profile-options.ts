// The fixed choices of a profile, shared by the database schema, the validation and the pages.
export const SKILL_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export const FORMATS = ['one_to_one', 'small_group', 'remote'] as const;
export const DIRECTIONS = ['share', 'learn'] as const;
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
/** Availability slots: a day and a part of it, e.g. `tue_evening`. */
export const SLOTS = DAYS.flatMap((day) => DAY_PARTS.map((part) => `${day}_${part}` as const)) as [
	`${(typeof DAYS)[number]}_${(typeof DAY_PARTS)[number]}`,
	...`${(typeof DAYS)[number]}_${(typeof DAY_PARTS)[number]}`[]
];
export const ONBOARDING_STATES = ['not_started', 'skipped', 'done'] as const;
