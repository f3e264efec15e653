import { getLocale } from '#lib/paraglide/runtime.js';
import { buildOfferBoard } from '#lib/server/posters/offer-board.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { offerBoardQuery } from '#lib/validation/invitations.ts';
import type { RequestHandler } from './$types';

// The printable offer board of one theme (decision 039), for the network's coordinators: `?theme=<id>`.
export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		const { pdf } = await buildOfferBoard({
			...scopeOf(event),
			themeId: handleQuery(event, offerBoardQuery).theme,
			locale: getLocale()
		});
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-length': String(pdf.length),
				'content-disposition': 'attachment; filename="tableau.pdf"',
				'x-content-type-options': 'nosniff',
				'cache-control': 'private, no-store'
			}
		});
	});
