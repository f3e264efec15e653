import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { parisDate } from '../../paris-time.ts';
import { mayBook, requireBookableResource } from './resource-access.ts';
import { durationsFrom, loadPlan } from './week-plan.ts';

const MINUTE = 60_000;

/**
 * The second tap: the slot picked on the grid, with the lengths the booking may have from there (none when it
 * was taken meanwhile, is past or outside the hours; the page then says so and links back to the grid).
 */
export async function slotChoices(options: {
	actor: Actor | null;
	networkId: string;
	resourceId: string;
	start: Date;
}) {
	const actor = requireMember(options.actor, options.networkId);
	const resource = await requireBookableResource(db(), options.networkId, options.resourceId).catch(() => {
		throw new AppError('not_found');
	});
	if (!(await mayBook(db(), actor, options.networkId, resource))) throw new AppError('space_not_allowed');
	const day = parisDate(options.start);
	const plan = await loadPlan(db(), resource, day, day);
	const open = options.start.getTime() > now().getTime();
	const lengths = open ? durationsFrom(plan, resource, options.start) : [];
	return {
		resource: {
			id: resource.id,
			name: resource.name,
			kind: resource.kind,
			venueName: resource.venueName,
			// A member's booking here is a request a coordinator decides (decision 029).
			asRequest: resource.requiresApproval && !isCoordinator(actor, options.networkId)
		},
		start: options.start,
		durations: lengths.map((minutes) => ({ minutes, endsAt: new Date(options.start.getTime() + minutes * MINUTE) }))
	};
}
