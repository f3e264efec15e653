import jsQR from 'jsqr';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetworkWithPeople, createVenueIn, eventContent } from '../../../../tests/factories.ts';
import { invitationLinkInput } from '../../validation/invitations.ts';
import { loadConfig, useConfig } from '../config.ts';
import { createEvent } from '../events/create-event.ts';
import { createInvitationLink } from '../invitations/create-invitation-link.ts';
import { buildInvitationPoster } from './invitation-poster.ts';
import { qrMatrix } from './qr-matrix.ts';

const ORIGIN = 'https://entrelien.example.org';
beforeAll(() => useConfig(loadConfig({ ORIGIN })));
afterAll(() => useConfig(undefined));

const textOf = async (pdf: Uint8Array) => (await new PDFParse({ data: Buffer.from(pdf) }).getText()).text;

/** The grid drawn as a PNG (4 pixels a module, a white quiet zone), read back and decoded as a phone would. */
function decode(grid: boolean[][]): string | undefined {
	const scale = 4;
	const size = (grid.length + 8) * scale;
	const png = new PNG({ width: size, height: size });
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const [r, c] = [Math.floor(y / scale) - 4, Math.floor(x / scale) - 4];
			const dark = grid[r]?.[c] ?? false;
			const i = (y * size + x) * 4;
			png.data.set(dark ? [0, 0, 0, 255] : [255, 255, 255, 255], i);
		}
	const read = PNG.sync.read(PNG.sync.write(png));
	return jsQR(new Uint8ClampedArray(read.data), read.width, read.height)?.data;
}

describe('the invitation poster', () => {
	it('prints the network, the label, the text with French characters, the next event and the link', async () => {
		const { network, coordinator } = await createNetworkWithPeople({ name: 'Œuvre d’art — l’atelier' });
		const venue = await createVenueIn(network.id);
		await createEvent({
			actor: coordinator.actor,
			networkId: network.id,
			input: eventContent(venue.id, { title: 'Marché du samedi', audience: 'link' })
		});
		const link = await createInvitationLink({
			actor: coordinator.actor,
			networkId: network.id,
			...invitationLinkInput.parse({
				label: 'Affiche médiathèque',
				posterText: "Œuvre d'art — l’atelier « cœur » ŏ",
				lastDay: '',
				maxUses: ''
			})
		});
		const { pdf, url } = await buildInvitationPoster({
			actor: coordinator.actor,
			networkId: network.id,
			linkId: link.id,
			locale: 'fr'
		});
		expect(url).toBe(`${ORIGIN}/invitation/lien/${link.token}`);
		expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
		const text = (await textOf(pdf)).replace(/\s+/g, ' ');
		expect(text).toContain('Œuvre d’art — l’atelier');
		expect(text).toContain('Affiche médiathèque');
		// « ŏ » is not in Helvetica's WinAnsi: written without its mark instead of failing.
		expect(text).toContain("Œuvre d'art — l’atelier « cœur » o");
		expect(text).toContain('Marché du samedi');
		expect(text.replace(/ /g, '')).toContain(url);
		expect(decode(qrMatrix(url))).toBe(url);
	});

	it('is for the network’s coordinators only', async () => {
		const a = await createNetworkWithPeople();
		const b = await createNetworkWithPeople();
		const link = await createInvitationLink({
			actor: a.coordinator.actor,
			networkId: a.network.id,
			...invitationLinkInput.parse({ label: 'Stand', posterText: '', lastDay: '', maxUses: '' })
		});
		const ask = (actor: typeof a.member.actor | null, networkId: string) =>
			buildInvitationPoster({ actor, networkId, linkId: link.id, locale: 'fr' });
		await expect(ask(null, a.network.id)).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(ask(a.member.actor, a.network.id)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(ask(b.coordinator.actor, b.network.id)).rejects.toMatchObject({ code: 'not_found' });
	});
});
