// The fixed choices of unmet needs (decision 034), shared by the database schema, the validation and the pages.

/** What a need is about: a request nobody answered, a skill wished and not shared, an occurrence's long waiting list. */
export const NEED_FAMILIES = ['request', 'skill', 'occurrence'] as const;
/**
 * What a coordinator did about a need. « Demander à un partenaire » and « trouver un mentor » are recorded as text
 * until partners and mentors have their own pages (issue 17's later sections).
 */
export const NEED_ACTIONS = [
	'invite_member',
	'create_group',
	'create_workshop',
	'ask_partner',
	'find_mentor',
	'other'
] as const;

export type NeedFamily = (typeof NEED_FAMILIES)[number];
export type NeedAction = (typeof NEED_ACTIONS)[number];

/** A need's key: its family and the id of its request, skill or occurrence (`skill:<uuid>`). */
export const NEED_KEY = /^(request|skill|occurrence):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
