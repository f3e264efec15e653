/** « Journée découverte : cuisine libanaise » → « journee-decouverte-cuisine-libanaise.ics » (ASCII, safe in a header). */
export function icsFileName(title: string): string {
	const slug = title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${slug || 'evenement'}.ics`;
}
