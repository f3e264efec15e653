// The fixed choices of childcare (decision 032), shared by the database schema, the validation and the pages.
/** Why the parent needs someone: entretien d'embauche, formation, pour souffler, rendez-vous. */
export const CARE_REASONS = ['interview', 'training', 'respite', 'appointment'] as const;
/** The children's age ranges, never their names: 0–2, 3–5, 6–10, 11 and over. */
export const CARE_AGE_RANGES = ['0-2', '3-5', '6-10', '11+'] as const;
/** Where: chez moi (the parent's home), chez la personne (the carer's), or at one of the network's venues. */
export const CARE_PLACES = ['parent_home', 'carer_home', 'venue'] as const;
/** A trusted carer is active, or suspended by a coordinator (with a reason); restored, active again. */
export const CARER_STATUSES = ['active', 'suspended'] as const;
/** What happened to a carer's trust, kept as history: met in person, suspended, restored. */
export const CARER_EVENTS = ['met', 'suspended', 'restored'] as const;
/** A request is open (offers welcome), confirmed (one carer chosen) or cancelled by the parent. */
export const CARE_REQUEST_STATUSES = ['open', 'confirmed', 'cancelled'] as const;
/** An offer waits, is chosen (at most one per request, the database says) or was thanked (another was chosen). */
export const CARE_OFFER_STATUSES = ['offered', 'chosen', 'thanked'] as const;
/** A request starting within this many hours is urgent: active carers are told at once. */
export const CARE_URGENT_HOURS = 24;
/** At most this many urgent notices a day (Paris day) for one carer, counted in the database. */
export const CARE_URGENT_NOTICES_PER_DAY = 3;

export type CareReason = (typeof CARE_REASONS)[number];
export type CareAgeRange = (typeof CARE_AGE_RANGES)[number];
export type CarePlace = (typeof CARE_PLACES)[number];
