// What the resource form fills in, the same on creation and edit, and the checks on what it points to.
import { isUniqueViolation } from '../db/errors.ts';
import type { Queryable } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { findGroup } from '../groups/find-group.ts';
import { openThemeOf } from '../skills/find-theme.ts';
import { findVenue } from '../venues/find-venue.ts';
import type { ResourceInput } from '../../validation/space.ts';

// The approval rule is optional for code that writes resources directly (the demo, the seeds): none means no.
export type ResourceContent = Omit<ResourceInput, 'requiresApproval'> & { requiresApproval?: boolean };

/** The venue, theme and group must be this network's (and the venue in use); each refusal names its field. */
export async function checkResourceLinks(q: Queryable, networkId: string, content: ResourceContent) {
	const venue = await findVenue({ networkId, venueId: content.venueId }, q);
	if (!venue || venue.archivedAt) throw new AppError('space_venue_unknown', 'venueId');
	if (content.themeId) await openThemeOf(q, networkId, content.themeId);
	if (content.groupId && !(await findGroup({ networkId, groupId: content.groupId }, q))) {
		throw new AppError('space_group_unknown', 'groupId');
	}
}

/** The columns of the form's fields. */
export function resourceColumns(content: ResourceContent) {
	const { venueId, kind, name, description, category, condition, themeId, audience, groupId } = content;
	const { slotMinutes, minMinutes, maxMinutes, maxDaysAhead, maxFutureBookings, bufferMinutes } = content;
	return {
		...{ venueId, kind, name, description, category, condition, themeId, audience, groupId },
		...{ slotMinutes, minMinutes, maxMinutes, maxDaysAhead, maxFutureBookings, bufferMinutes },
		loanDays: content.loanDays,
		maxRenewals: content.maxRenewals,
		requiresApproval: content.requiresApproval ?? false
	};
}

/** Two resources in use at one venue never share a name (up to case and accents): say so next to the name. */
export function resourceNameTaken(error: unknown): never {
	if (isUniqueViolation(error)) throw new AppError('space_resource_name_taken', 'name');
	throw error;
}
