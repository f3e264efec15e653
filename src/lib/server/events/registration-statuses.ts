// The two groups of registration statuses as SQL lists, for queries written in `sql` fragments:
// `r.status in ${HOLDS_PLACE}` and `r.status in ${IS_LIVE}`. Drizzle conditions use the arrays themselves
// (`inArray(eventRegistrations.status, [...PLACE_HOLDING_STATUSES])`). The values are fixed codes, never input.
import { sql } from 'drizzle-orm';
import { LIVE_REGISTRATION_STATUSES, PLACE_HOLDING_STATUSES } from '../../event-options.ts';

const list = (values: readonly string[]) => sql.raw(`(${values.map((v) => `'${v}'`).join(', ')})`);

/** ('registered', 'offered'): the registrations counted against the capacity. */
export const HOLDS_PLACE = list(PLACE_HOLDING_STATUSES);
/** ('registered', 'waitlisted', 'offered'): holding a place or waiting for one. */
export const IS_LIVE = list(LIVE_REGISTRATION_STATUSES);
