// The networks live in Europe/Paris: calendar days and hours are theirs, wherever the server runs.
const parts = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Paris',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	hourCycle: 'h23'
});

function partsOf(instant: Date): Record<string, string> {
	return Object.fromEntries(parts.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** The calendar day (YYYY-MM-DD) of an instant in Europe/Paris. */
export function parisDate(instant: Date): string {
	const p = partsOf(instant);
	return `${p.year}-${p.month}-${p.day}`;
}

/** The hour (0–23) of an instant in Europe/Paris. */
export function parisHour(instant: Date): number {
	return Number(partsOf(instant).hour);
}
