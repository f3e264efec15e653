// The shared space's labels (decision 029), for the pages: a resource's kind and audience, a booking's length.
import { m } from '#lib/paraglide/messages.js';
import type { ResourceAudience, ResourceKind } from './space-options.ts';

const kinds: Record<ResourceKind, () => string> = {
	room: () => m.space_kind_room(),
	station: () => m.space_kind_station(),
	item: () => m.space_kind_item()
};
const audiences: Record<ResourceAudience, () => string> = {
	members: () => m.space_audience_members(),
	group: () => m.space_audience_group(),
	coordinators: () => m.space_audience_coordinators()
};

export const resourceKindLabel = (kind: string) => kinds[kind as ResourceKind]?.() ?? kind;
export const audienceLabel = (audience: string) => audiences[audience as ResourceAudience]?.() ?? audience;

/** « 1 h », « 1 h 30 », « 45 min ». */
export function durationLabel(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return m.space_minutes({ minutes: String(rest) });
	return rest === 0
		? m.space_hours({ hours: String(hours) })
		: m.space_hours_minutes({ hours: String(hours), minutes: String(rest).padStart(2, '0') });
}

/** ISO weekday (1 = Monday) → « lundi ». */
export function weekdayLabel(weekday: number): string {
	const days = [
		m.space_monday,
		m.space_tuesday,
		m.space_wednesday,
		m.space_thursday,
		m.space_friday,
		m.space_saturday,
		m.space_sunday
	];
	return days[weekday - 1]?.() ?? String(weekday);
}
