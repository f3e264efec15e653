import { getAgreementFile } from '#lib/server/partners/agreements.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { RequestHandler } from './$types';

// An agreement's PDF, for the network's coordinators only (decision 035): always downloaded, never shown inline
// (a PDF opened in the site's origin could run its scripts in some readers), never in a shared cache.
export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		const file = await getAgreementFile({ ...scopeOf(event), agreementId: event.params.agreement });
		return new Response(new Uint8Array(file.bytes), {
			headers: {
				'content-type': 'application/pdf',
				'content-length': String(file.bytes.length),
				'content-disposition': `attachment; filename="${file.fileName}"`,
				'cache-control': 'private, no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	});
