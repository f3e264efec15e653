// Reads and validates the environment once. A wrong value stops the server with one sentence that names the
// variable and says why, instead of a stack trace deep inside a request.
import { resolve } from 'node:path';

export type Config = {
	port: number;
	host: string;
	dataDir: string;
	databaseUrl: string | undefined;
	origin: string | undefined;
	smtpUrl: string | undefined;
	mailFrom: string;
	/** How long a freed event place is held for the first person on the waiting list (decision 022). */
	offerWindowHours: number;
};

export class ConfigError extends Error {
	override name = 'ConfigError';
}

function parsePort(raw: string): number {
	const port = Number(raw);
	if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
		throw new ConfigError(`PORT doit être un nombre entier entre 1 et 65535 (reçu : « ${raw} »).`);
	}
	return port;
}

function parseUrl(name: string, raw: string, protocols: string[]): string {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new ConfigError(`${name} n'est pas une adresse valide (reçu : « ${raw} »).`);
	}
	if (!protocols.includes(url.protocol)) {
		throw new ConfigError(
			`${name} doit commencer par ${protocols.map((p) => `${p}//`).join(' ou ')} (reçu : « ${url.protocol}// »).`
		);
	}
	return raw;
}

function parseHours(name: string, raw: string, max: number): number {
	const hours = Number(raw);
	if (!/^\d+$/.test(raw) || hours < 1 || hours > max) {
		throw new ConfigError(`${name} doit être un nombre entier d'heures entre 1 et ${max} (reçu : « ${raw} »).`);
	}
	return hours;
}

function parseOrigin(raw: string): string {
	const url = new URL(parseUrl('ORIGIN', raw, ['http:', 'https:']));
	if (url.pathname !== '/' || url.search || url.hash) {
		throw new ConfigError(
			`ORIGIN doit être une origine sans chemin, par exemple https://entrelien.example.org (reçu : « ${raw} »).`
		);
	}
	return url.origin;
}

function parseEmail(name: string, raw: string): string {
	if (!/^[^\s@<>]+@[^\s@<>]+$/.test(raw) && !/^[^<>]*<[^\s@<>]+@[^\s@<>]+>$/.test(raw)) {
		throw new ConfigError(`${name} doit être une adresse électronique (reçu : « ${raw} »).`);
	}
	return raw;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
	const present = (name: string) => (env[name] && env[name]!.trim() !== '' ? env[name]!.trim() : undefined);
	const port = present('PORT');
	const databaseUrl = present('DATABASE_URL');
	const origin = present('ORIGIN');
	const smtpUrl = present('SMTP_URL');
	const mailFrom = present('MAIL_FROM');
	const offerWindow = present('EVENT_OFFER_HOURS');
	return {
		port: port ? parsePort(port) : 3000,
		host: present('HOST') ?? '127.0.0.1',
		dataDir: resolve(present('DATA_DIR') ?? 'data'),
		databaseUrl: databaseUrl ? parseUrl('DATABASE_URL', databaseUrl, ['postgres:', 'postgresql:']) : undefined,
		origin: origin ? parseOrigin(origin) : undefined,
		smtpUrl: smtpUrl ? parseUrl('SMTP_URL', smtpUrl, ['smtp:', 'smtps:']) : undefined,
		mailFrom: mailFrom ? parseEmail('MAIL_FROM', mailFrom) : 'Entrelien <ne-pas-repondre@entrelien.localhost>',
		offerWindowHours: offerWindow ? parseHours('EVENT_OFFER_HOURS', offerWindow, 168) : 24
	};
}

let current: Config | undefined;

/** The configuration of this process, read on first use. */
export function config(): Config {
	current ??= loadConfig();
	return current;
}

/** Where links in emails sent outside a request (sweeps, jobs) point: ORIGIN, else this server on localhost. */
export function backgroundOrigin(): string {
	const { origin, port } = config();
	return origin ?? `http://localhost:${port}`;
}

/** Tests and scripts: replace the configuration of this process. */
export function useConfig(next: Config | undefined): void {
	current = next;
}
