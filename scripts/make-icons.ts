// Writes the app's home-screen icons (static/icon-192.png, static/icon-512.png), the favicon's two linked rings in
// white on the network green, with no image library: each pixel is computed (anti-aliased by 4 × 4 samples) and
// written as a PNG by hand (zlib from Node). Run again only if the drawing changes: `npx node scripts/make-icons.ts` (Node 24).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [0x1d, 0x5c, 0x4d];
const WHITE = [0xff, 0xff, 0xff];
const ORANGE = [0xff, 0xc8, 0xa8];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(bytes: Buffer): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** The colour at (x, y) in a 1 × 1 square: two rings inside the maskable safe zone (the centre 80 %). */
function colourAt(x: number, y: number): number[] {
	const ring = (cx: number) => Math.abs(Math.hypot(x - cx, y - 0.5) - 0.17) < 0.035;
	if (ring(0.61)) return ORANGE;
	if (ring(0.39)) return WHITE;
	return GREEN;
}

function png(size: number): Buffer {
	const rows: Buffer[] = [];
	for (let y = 0; y < size; y++) {
		const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
		for (let x = 0; x < size; x++) {
			const sum = [0, 0, 0];
			for (let sy = 0; sy < 4; sy++)
				for (let sx = 0; sx < 4; sx++) {
					const c = colourAt((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
					for (let i = 0; i < 3; i++) sum[i] += c[i];
				}
			for (let i = 0; i < 3; i++) row[1 + x * 3 + i] = Math.round(sum[i] / 16);
		}
		rows.push(row);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

for (const size of [192, 512]) writeFileSync(`static/icon-${size}.png`, png(size));
console.log('static/icon-192.png, static/icon-512.png');
