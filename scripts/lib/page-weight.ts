// What a phone downloads for one page on a first visit: requests and bytes on the wire (compressed, headers
// included), by kind, read from Chromium's own network events (DevTools protocol, through Playwright), and
// whether the HTML, CSS and JavaScript came compressed. Issue 13's goal: ≤ 60 KB transferred per page.
// Used by `npm run bench`; alone: `node scripts/lib/page-weight.ts --url http://… [--cookie …] /a /b`.
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright';

export const WEIGHT_GOAL_KB = 60;
const CHROMIUM = '/usr/bin/chromium';

export type PageWeight = {
	path: string;
	requests: number;
	kb: number;
	/** Requests and kilobytes per kind: document, script, stylesheet, image, font, other. */
	byKind: Record<string, { requests: number; kb: number }>;
	/** HTML, CSS or JavaScript responses over 1 KB that came without Content-Encoding. */
	uncompressed: string[];
};

const KINDS: Record<string, string> = { Document: 'document', Script: 'script', Stylesheet: 'stylesheet' };

/** Loads each page in a fresh context (empty cache) until the network is idle, and adds up what came. */
export async function pageWeights(base: string, cookie: string, paths: string[]): Promise<PageWeight[]> {
	const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
	try {
		const out: PageWeight[] = [];
		for (const path of paths) out.push(await weigh(browser, base, cookie, path));
		return out;
	} finally {
		await browser.close();
	}
}

async function weigh(browser: Browser, base: string, cookie: string, path: string): Promise<PageWeight> {
	const context = await browser.newContext({ extraHTTPHeaders: cookie ? { cookie } : {} });
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		const requests = new Map<string, { url: string; kind: string; encoding: string; size: number }>();
		cdp.on('Network.requestWillBeSent', (e) => {
			requests.set(e.requestId, { url: e.request.url, kind: 'other', encoding: '', size: 0 });
		});
		cdp.on('Network.responseReceived', (e) => {
			const r = requests.get(e.requestId);
			if (!r) return;
			r.kind = KINDS[e.type] ?? e.type.toLowerCase();
			const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
			r.encoding = String(headers['content-encoding'] ?? '');
		});
		cdp.on('Network.loadingFinished', (e) => {
			const r = requests.get(e.requestId);
			if (r) r.size = e.encodedDataLength;
		});
		await cdp.send('Network.enable');
		const response = await page.goto(base + path, { waitUntil: 'networkidle' });
		if (!response || response.status() !== 200) throw new Error(`${path} a répondu ${response?.status()}`);
		const byKind: PageWeight['byKind'] = {};
		const uncompressed: string[] = [];
		let bytes = 0;
		for (const r of requests.values()) {
			bytes += r.size;
			const kind = (byKind[r.kind] ??= { requests: 0, kb: 0 });
			kind.requests++;
			kind.kb += r.size / 1024;
			const text = ['document', 'script', 'stylesheet'].includes(r.kind);
			if (text && r.size > 1024 && !r.encoding) uncompressed.push(r.url.replace(base, ''));
		}
		return { path, requests: requests.size, kb: bytes / 1024, byKind, uncompressed };
	} finally {
		await context.close();
	}
}

/** A Markdown table: requests, kilobytes, the share of scripts, the goal. */
export function weightTable(weights: PageWeight[]): string {
	const lines = [
		'| Page | Requêtes | Transféré (Ko) | dont scripts (req. / Ko) | HTML (Ko) | CSS (Ko) | ≤ 60 Ko |',
		'|---|---:|---:|---:|---:|---:|---|'
	];
	for (const w of weights) {
		const kb = (kind: string) => (w.byKind[kind]?.kb ?? 0).toFixed(1);
		const scripts = `${w.byKind.script?.requests ?? 0} / ${kb('script')}`;
		const goal = w.kb <= WEIGHT_GOAL_KB ? '✓' : '✗';
		lines.push(
			`| ${w.path} | ${w.requests} | ${w.kb.toFixed(1)} | ${scripts} | ${kb('document')} | ${kb('stylesheet')} | ${goal} |`
		);
	}
	const plain = weights.flatMap((w) => w.uncompressed.map((u) => `- ${w.path} : ${u} sans compression`));
	return lines.join('\n') + (plain.length ? `\n\n${plain.join('\n')}` : '\n\nHTML, CSS et JavaScript compressés.');
}

if (import.meta.main) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { url: { type: 'string' }, cookie: { type: 'string', default: '' } }
	});
	if (!values.url) {
		console.error('Usage : node scripts/lib/page-weight.ts --url http://127.0.0.1:3000 [--cookie …] /chemin …');
		process.exit(1);
	}
	const weights = await pageWeights(
		values.url.replace(/\/$/, ''),
		values.cookie,
		positionals.length ? positionals : ['/']
	);
	console.log(weightTable(weights));
}
