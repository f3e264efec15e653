// How calendar files are named and sent.
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

/** An event's calendar file as a download named after its title, never kept by a shared cache. */
export function icsDownload(title: string, text: string): Response {
	return new Response(text, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${icsFileName(title)}"`,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
