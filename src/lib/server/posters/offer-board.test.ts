import jsQR from 'jsqr';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetworkWithPeople, createPost, themeOf } from '../../../../tests/factories.ts';
import { loadConfig, useConfig } from '../config.ts';
import { buildOfferBoard } from './offer-board.ts';
import { qrMatrix } from './qr-matrix.ts';

const ORIGIN = 'https://entrelien.example.org';
beforeAll(() => useConfig(loadConfig({ ORIGIN })));
afterAll(() => useConfig(undefined));

function decode(grid: boolean[][]): string | undefined {
	const scale = 4;
	const size = (grid.length + 8) * scale;
	const png = new PNG({ width: size, height: size });
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const dark = grid[Math.floor(y / scale) - 4]?.[Math.floor(x / scale) - 4] ?? false;
			png.data.set(dark ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * size + x) * 4);
		}
	const read = PNG.sync.read(PNG.sync.write(png));
	return jsQR(new Uint8ClampedArray(read.data), read.width, read.height)?.data;
}

describe('the printable offer board', () => {
	it('prints the theme’s open public posts with a QR code each, over several pages, and no author', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const theme = await themeOf(network.id, 'Autre');
		const shown = [];
		for (let i = 1; i <= 5; i++) {
			shown.push(
				await createPost(network.id, member.id, {
					themeId: theme.id,
					title: `Cours de cœur n° ${i}`,
					visibility: 'public',
					kind: i % 2 ? 'offer' : 'request'
				})
			);
		}
		await createPost(network.id, member.id, { themeId: theme.id, title: 'Réservé aux membres' });
		await createPost(network.id, member.id, {
			themeId: theme.id,
			title: 'Annonce close',
			visibility: 'public',
			status: 'closed',
			closedAt: new Date()
		});
		const { pdf, urls } = await buildOfferBoard({
			actor: coordinator.actor,
			networkId: network.id,
			themeId: theme.id,
			locale: 'fr'
		});
		const parsed = await new PDFParse({ data: Buffer.from(pdf) }).getText();
		expect(parsed.total).toBe(2);
		for (let i = 1; i <= 5; i++) expect(parsed.text).toContain(`Cours de cœur n° ${i}`);
		expect(parsed.text).not.toContain('Réservé aux membres');
		expect(parsed.text).not.toContain('Annonce close');
		expect(parsed.text).not.toContain(member.name);
		expect(urls.sort()).toEqual(shown.map((p) => `${ORIGIN}/annonces/${p.id}`).sort());
		expect(decode(qrMatrix(urls[0]))).toBe(urls[0]);
	});

	it('is for the network’s coordinators, with a theme of the network', async () => {
		const a = await createNetworkWithPeople();
		const b = await createNetworkWithPeople();
		const theme = await themeOf(a.network.id, 'Autre');
		const ask = (actor: typeof a.member.actor | null, networkId: string, themeId = theme.id) =>
			buildOfferBoard({ actor, networkId, themeId, locale: 'fr' });
		await expect(ask(null, a.network.id)).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(ask(a.member.actor, a.network.id)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(ask(b.coordinator.actor, b.network.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(ask(a.coordinator.actor, a.network.id, 'pas-un-id')).rejects.toMatchObject({ code: 'not_found' });
	});
});
