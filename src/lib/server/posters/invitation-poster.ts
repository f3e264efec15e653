// The printable A4 poster of an invitation link (decision 039): the network's name, the coordinator's short text,
// the next three events open to people outside the network (« with the link », decision 024), and a QR code to
// the link's absolute address (ORIGIN), printed as text too for those who type it.
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { m } from '#lib/paraglide/messages.js';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { backgroundOrigin } from '../config.ts';
import { db } from '../db/client.ts';
import { eventOccurrences, events, networks } from '../db/schema/index.ts';
import { getInvitationLink, invitationPath } from '../invitations/list-invitation-links.ts';
import { formatParis } from '../../paris-time.ts';
import { drawLines } from './pdf-text.ts';
import { qrMatrix } from './qr-matrix.ts';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.1);
const UPCOMING = 3;

async function nextOpenEvents(networkId: string) {
	return db()
		.select({ title: events.title, startsAt: eventOccurrences.startsAt })
		.from(eventOccurrences)
		.innerJoin(events, eq(events.id, eventOccurrences.eventId))
		.where(
			and(
				eq(events.networkId, networkId),
				eq(events.audience, 'link'),
				isNull(events.cancelledAt),
				isNull(eventOccurrences.cancelledAt),
				gt(eventOccurrences.startsAt, now())
			)
		)
		.orderBy(asc(eventOccurrences.startsAt))
		.limit(UPCOMING);
}

export async function buildInvitationPoster(options: {
	actor: Actor | null;
	networkId: string;
	linkId: string;
	locale: 'fr' | 'en';
}): Promise<{ pdf: Uint8Array; url: string }> {
	const link = await getInvitationLink(options);
	const [network] = await db().select().from(networks).where(eq(networks.id, options.networkId));
	const upcoming = await nextOpenEvents(options.networkId);
	const url = `${backgroundOrigin()}${invitationPath(link.token)}`;
	const locale = { locale: options.locale };

	const doc = await PDFDocument.create();
	doc.setTitle(network.name);
	const regular = await doc.embedFont(StandardFonts.Helvetica);
	const bold = await doc.embedFont(StandardFonts.HelveticaBold);
	const page = doc.addPage([A4.width, A4.height]);
	const width = A4.width - 2 * MARGIN;

	let y = A4.height - MARGIN;
	y = drawLines(page, bold, network.name, { x: MARGIN, y, size: 30, width, color: INK, maxLines: 3 });
	y = drawLines(page, regular, link.label, { x: MARGIN, y: y - 4, size: 14, width, color: INK, maxLines: 2 });
	if (link.posterText) {
		y = drawLines(page, regular, link.posterText, { x: MARGIN, y: y - 16, size: 16, width, color: INK, maxLines: 10 });
	}
	if (upcoming.length > 0) {
		y = drawLines(page, bold, m.poster_upcoming({}, locale), { x: MARGIN, y: y - 20, size: 16, width, color: INK });
		for (const event of upcoming) {
			const line = `${formatParis(event.startsAt, options.locale, 'dateTimeFull')} — ${event.title}`;
			y = drawLines(page, regular, line, { x: MARGIN, y: y - 4, size: 13, width, color: INK, maxLines: 2 });
		}
	}

	// The QR code, centred in the bottom half: about 7 cm wide, with its quiet zone of four modules left white.
	const grid = qrMatrix(url);
	const side = 200;
	const cell = side / grid.length;
	const left = (A4.width - side) / 2;
	const top = Math.min(y - 40, MARGIN + 110 + side);
	grid.forEach((row, r) =>
		row.forEach((dark, c) => {
			if (dark)
				page.drawRectangle({ x: left + c * cell, y: top - (r + 1) * cell, width: cell, height: cell, color: INK });
		})
	);
	const under = top - side - 8;
	drawLines(page, bold, m.poster_scan({}, locale), { x: MARGIN, y: under, size: 14, width, color: INK });
	drawLines(page, regular, url, { x: MARGIN, y: under - 22, size: 11, width, color: INK, maxLines: 3 });
	return { pdf: await doc.save(), url };
}
