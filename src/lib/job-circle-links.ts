// What an interview date in a check-in offers (decision 031): childcare for the time it takes (the childcare form
// reads `debut`, `fin` and `motif`), and a computer station at the shared space to prepare it. Browser-safe.

const HOUR_MS = 60 * 60 * 1000;
/** Childcare starts this long before the interview (the way there)… */
export const CHILDCARE_BEFORE_HOURS = 1;
/** …and ends this long after it begins (the interview and the way back). */
export const CHILDCARE_AFTER_HOURS = 2;

/** The childcare request form, filled with the slot around the interview. */
export function childcareLink(interviewAt: Date): string {
	const start = new Date(interviewAt.getTime() - CHILDCARE_BEFORE_HOURS * HOUR_MS).toISOString();
	const end = new Date(interviewAt.getTime() + CHILDCARE_AFTER_HOURS * HOUR_MS).toISOString();
	const query = new URLSearchParams({ debut: start, fin: end, motif: 'entretien' });
	return `/entraide/garde/demander?${query}`;
}

/** The shared space's computer stations. */
export const STATION_LINK = '/espace?type=station';
