import { readJobCv } from '#lib/server/job-circle/cv.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { RequestHandler } from './$types';

// A job-search request's CV, for its author and the helper whose help was accepted only (decision 031).
export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		const cv = await readJobCv({ ...scopeOf(event), postId: event.params.postId });
		return new Response(new Uint8Array(cv.bytes), {
			headers: {
				'content-type': 'application/pdf',
				'content-length': String(cv.bytes.length),
				// Always a download: a PDF shown inline runs in the browser's viewer under our address.
				'content-disposition': `attachment; filename="${cv.fileName.replace(/[^\w.-]/g, '_')}"`,
				'x-content-type-options': 'nosniff',
				'cache-control': 'private, no-store'
			}
		});
	});
