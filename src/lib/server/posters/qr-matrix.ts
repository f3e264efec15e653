// A QR code as a grid of dark and light modules (decision 039): the poster draws it as PDF rectangles, and the
// tests render the same grid to pixels to decode it back. Level M survives a poster's creases and stains.
import qrcode from 'qrcode-generator';

export function qrMatrix(text: string): boolean[][] {
	const qr = qrcode(0, 'M');
	qr.addData(text, 'Byte');
	qr.make();
	const size = qr.getModuleCount();
	return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
}
