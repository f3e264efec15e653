// The printable offer board (decision 039): the open public offers and requests of one theme on A4 pages, four
// to a page, each with a QR code to the post — for the noticeboard of the space or a partner venue. Only posts
// their authors made public, and never the authors' names: the paper hangs where anyone passes.
import { and, asc, eq, gt } from 'drizzle-orm';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { m } from '#lib/paraglide/messages.js';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { backgroundOrigin } from '../config.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { posts, themes } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { drawLines } from './pdf-text.ts';
import { qrMatrix } from './qr-matrix.ts';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const INK = rgb(0.1, 0.1, 0.1);
const PER_PAGE = 4;
/** The most posts printed: a board of five pages at most. */
const MAX_POSTS = 20;

export async function buildOfferBoard(options: {
	actor: Actor | null;
	networkId: string;
	themeId: string;
	locale: 'fr' | 'en';
}): Promise<{ pdf: Uint8Array; urls: string[] }> {
	requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.themeId)) throw new AppError('not_found');
	const [theme] = await db()
		.select({ name: themes.name })
		.from(themes)
		.where(and(eq(themes.id, options.themeId), eq(themes.networkId, options.networkId)));
	if (!theme) throw new AppError('not_found');
	const rows = await db()
		.select({ id: posts.id, kind: posts.kind, title: posts.title, description: posts.description, place: posts.place })
		.from(posts)
		.where(
			and(
				eq(posts.networkId, options.networkId),
				eq(posts.themeId, options.themeId),
				eq(posts.visibility, 'public'),
				eq(posts.status, 'open'),
				gt(posts.expiresAt, now())
			)
		)
		.orderBy(asc(posts.kind), asc(posts.createdAt))
		.limit(MAX_POSTS);
	const locale = { locale: options.locale };
	const doc = await PDFDocument.create();
	doc.setTitle(theme.name);
	const regular = await doc.embedFont(StandardFonts.Helvetica);
	const bold = await doc.embedFont(StandardFonts.HelveticaBold);
	const width = A4.width - 2 * MARGIN;
	const slot = (A4.height - 2 * MARGIN - 50) / PER_PAGE;
	const urls = rows.map((post) => `${backgroundOrigin()}/annonces/${post.id}`);
	const pages = Math.max(1, Math.ceil(rows.length / PER_PAGE));
	for (let p = 0; p < pages; p++) {
		const page = doc.addPage([A4.width, A4.height]);
		drawLines(page, bold, m.board_title({ theme: theme.name }, locale), {
			x: MARGIN,
			y: A4.height - MARGIN,
			size: 22,
			width,
			color: INK,
			maxLines: 2
		});
		if (rows.length === 0) {
			drawLines(page, regular, m.board_empty({}, locale), {
				x: MARGIN,
				y: A4.height - MARGIN - 60,
				size: 14,
				width,
				color: INK
			});
		}
		rows.slice(p * PER_PAGE, (p + 1) * PER_PAGE).forEach((post, i) => {
			const top = A4.height - MARGIN - 50 - i * slot;
			const qrSide = Math.min(110, slot - 20);
			const textWidth = width - qrSide - 16;
			const kind = post.kind === 'offer' ? m.board_offer({}, locale) : m.board_request({}, locale);
			let y = drawLines(page, bold, `${kind} — ${post.title}`, {
				x: MARGIN,
				y: top,
				size: 14,
				width: textWidth,
				color: INK,
				maxLines: 2
			});
			y = drawLines(page, regular, post.description, {
				x: MARGIN,
				y: y - 2,
				size: 11,
				width: textWidth,
				color: INK,
				maxLines: 4
			});
			if (post.place)
				drawLines(page, regular, post.place, {
					x: MARGIN,
					y: y - 2,
					size: 11,
					width: textWidth,
					color: INK,
					maxLines: 1
				});
			const grid = qrMatrix(urls[p * PER_PAGE + i]);
			const cell = qrSide / grid.length;
			const left = A4.width - MARGIN - qrSide;
			grid.forEach((row, r) =>
				row.forEach((dark, c) => {
					if (dark)
						page.drawRectangle({ x: left + c * cell, y: top - (r + 1) * cell, width: cell, height: cell, color: INK });
				})
			);
		});
	}
	return { pdf: await doc.save(), urls };
}
