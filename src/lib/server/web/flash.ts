// After a form redirects, `?fait=<code>` tells the next page what was just done, so it can say « Annonce publiée ».
// It changes nothing: a page reads only the codes it knows, anything else is ignored.
import type { RequestEvent } from '@sveltejs/kit';

const FLASH = 'fait';

/** The address to redirect to, with the notice: `withFlash('/messages/1#repondre', 'envoye')`. */
export function withFlash(path: string, code: string): string {
	const hash = path.indexOf('#');
	const [base, fragment] = hash < 0 ? [path, ''] : [path.slice(0, hash), path.slice(hash)];
	return `${base}${base.includes('?') ? '&' : '?'}${FLASH}=${encodeURIComponent(code)}${fragment}`;
}

/** The notice of this address when it is one of `codes`, else undefined. */
export function flashOf<const T extends readonly string[]>(
	event: Pick<RequestEvent, 'url'>,
	codes: T
): T[number] | undefined {
	const code = event.url.searchParams.get(FLASH);
	return codes.find((known) => known === code);
}
