// The CV attached to a job-search request (decision 031). It is checked by its first bytes (`%PDF-`, whatever the
// file is called) and its size (5 MB), read only by the request's author and the helper whose help was accepted
// (an introduction of the post that reached « acceptée »), never by the author's other helpers nor by the
// coordinators; and it lives only while the request is open: the trigger job_cvs_close deletes it when the post
// is closed or fulfilled, the sweep delete-expired-cvs.ts when it expires (and reading refuses it before that).
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { requireMember } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows, type Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { jobCvs } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { CV_MAX_BYTES, CV_MAX_MEGABYTES } from '../../limits.ts';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Refuses a file that is not a PDF or is too heavy; an empty file means « no CV ». */
export function checkCv(bytes: Uint8Array, field = 'cv'): void {
	if (bytes.length > CV_MAX_BYTES) throw new AppError('cv_too_big', field, { max: String(CV_MAX_MEGABYTES) });
	if (bytes.length < PDF_MAGIC.length || PDF_MAGIC.some((byte, i) => bytes[i] !== byte)) {
		throw new AppError('cv_not_pdf', field);
	}
}

/** Who may read a post's CV: its author, or a participant of one of its introductions accepted (or further). */
async function mayReadCv(q: Queryable, networkId: string, postId: string, accountId: string): Promise<boolean> {
	const rows = await sqlRows<{ ok: boolean }>(
		q,
		sql`select exists (
				select 1 from posts p where p.id = ${postId} and p.network_id = ${networkId}
					and p.status = 'open' and p.expires_at > ${now().toISOString()}::timestamptz
					and (p.author_account_id = ${accountId} or exists (
						select 1 from introductions i
						join introduction_people ip on ip.introduction_id = i.id
						where i.post_id = p.id and i.status in ('accepted', 'met', 'done')
							and ip.account_id = ${accountId} and ip.role = 'participant'))
			) as ok`
	);
	return rows[0]?.ok === true;
}

/** The CV of a request, for the author and the accepted helper; anyone else gets `not_found` (nothing leaks). */
export async function readJobCv(options: { actor: Actor | null; networkId: string; postId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.postId)) throw new AppError('not_found');
	if (!(await mayReadCv(db(), options.networkId, options.postId, actor.accountId))) throw new AppError('not_found');
	const [cv] = await db()
		.select({ fileName: jobCvs.fileName, bytes: jobCvs.bytes })
		.from(jobCvs)
		.where(and(eq(jobCvs.postId, options.postId), eq(jobCvs.networkId, options.networkId)));
	if (!cv) throw new AppError('not_found');
	return { fileName: cv.fileName, bytes: Buffer.from(cv.bytes) };
}

/** For the post page: the CV's name and size when this person may download it, else null. */
export async function jobCvOf(options: { actor: Actor | null; networkId: string; postId: string }) {
	if (!options.actor || !isUuid(options.postId)) return null;
	if (!(await mayReadCv(db(), options.networkId, options.postId, options.actor.accountId))) return null;
	const [cv] = await db()
		.select({ fileName: jobCvs.fileName, size: sql<number>`octet_length(${jobCvs.bytes})`.mapWith(Number) })
		.from(jobCvs)
		.where(and(eq(jobCvs.postId, options.postId), eq(jobCvs.networkId, options.networkId)));
	return cv ?? null;
}
