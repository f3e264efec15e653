import { getLocale } from '#lib/paraglide/runtime.js';
import { buildInvitationPoster } from '#lib/server/posters/invitation-poster.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { RequestHandler } from './$types';

// The A4 poster of one invitation link, for the network's coordinators (decision 039).
export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		const { pdf } = await buildInvitationPoster({
			...scopeOf(event),
			linkId: event.params.id,
			locale: getLocale()
		});
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-length': String(pdf.length),
				'content-disposition': 'attachment; filename="affiche.pdf"',
				'x-content-type-options': 'nosniff',
				'cache-control': 'private, no-store'
			}
		});
	});
