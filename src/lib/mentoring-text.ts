// The words of mentoring's fixed choices (decision 036), for the pages: a pair's status, a format, a mentor's status.
import { m } from '#lib/paraglide/messages.js';

const pairStatuses: Record<string, () => string> = {
	proposed: m.mentoring_status_proposed,
	active: m.mentoring_status_active,
	declined: m.mentoring_status_declined,
	ended: m.mentoring_status_ended
};
const formats: Record<string, () => string> = {
	on_site: m.mentoring_format_on_site,
	video: m.mentoring_format_video,
	both: m.mentoring_format_both
};
const mentorStatuses: Record<string, () => string> = {
	invited: m.mentor_status_invited,
	active: m.mentor_status_active,
	paused: m.mentor_status_paused
};

export const pairStatusText = (status: string): string => pairStatuses[status]?.() ?? status;
export const formatText = (format: string): string => formats[format]?.() ?? format;
export const mentorStatusText = (status: string): string => mentorStatuses[status]?.() ?? status;
