import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { parisDate, parisMonday } from '../../paris-time.ts';
import { findResource, mayBook } from './resource-access.ts';
import { addDays, closureOn, loadPlan, slotsOn } from './week-plan.ts';
import { resourcePhotoInfo } from './resource-photo.ts';
import { BOOKABLE_KINDS } from '../../space-options.ts';

/**
 * A resource's week for a member: each day from Monday to Sunday (days gone by and days past the booking horizon left out) with its slots, free,
 * taken, theirs or past, and the closures. `week` is any day of the week wanted (this week by default); the page
 * shows today first (decision 029). Members who may not book it see the grid without the links.
 */
export async function listWeekGrid(options: {
	actor: Actor | null;
	networkId: string;
	resourceId: string;
	week?: string;
}) {
	const actor = requireMember(options.actor, options.networkId);
	const resource = await findResource(db(), options.networkId, options.resourceId);
	if (!resource || resource.archivedAt || !(BOOKABLE_KINDS as readonly string[]).includes(resource.kind)) {
		throw new AppError('not_found');
	}
	const at = now();
	const today = parisDate(at);
	const monday = parisMonday(new Date(`${options.week || today}T12:00:00Z`));
	const sunday = addDays(monday, 6);
	const plan = await loadPlan(db(), resource, monday, sunday);
	// Members see as far as they may book; the front desk further (it is not held to that rule).
	const horizon = isCoordinator(actor, options.networkId) ? null : addDays(today, resource.maxDaysAhead);
	const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i))
		.filter((day) => day >= today && (horizon === null || day <= horizon))
		.map((day) => ({
			day,
			isToday: day === today,
			closure: closureOn(plan, day) ?? null,
			slots: slotsOn(plan, resource, day, at, actor.accountId)
		}));
	return {
		resource: {
			id: resource.id,
			name: resource.name,
			kind: resource.kind,
			description: resource.description,
			venueId: resource.venueId,
			venueName: resource.venueName,
			slotMinutes: resource.slotMinutes,
			minMinutes: resource.minMinutes,
			maxMinutes: resource.maxMinutes,
			maxDaysAhead: resource.maxDaysAhead
		},
		mayBook: await mayBook(db(), actor, options.networkId, resource),
		photo: await resourcePhotoInfo(options.networkId, resource.id),
		monday,
		// No week before this one: bookings are never in the past.
		previousWeek: monday > today ? addDays(monday, -7) : null,
		nextWeek: horizon === null || addDays(monday, 7) <= horizon ? addDays(monday, 7) : null,
		days
	};
}
