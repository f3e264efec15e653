import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
	it('uses safe defaults when nothing is set', () => {
		const config = loadConfig({});
		expect(config.port).toBe(3000);
		expect(config.host).toBe('127.0.0.1');
		expect(config.dataDir).toMatch(/\/data$/);
		expect(config.databaseUrl).toBeUndefined();
		expect(config.smtpUrl).toBeUndefined();
		expect(config.offerWindowHours).toBe(24);
	});

	it('reads every variable it knows', () => {
		const config = loadConfig({
			PORT: '8080',
			DATA_DIR: '/srv/entrelien',
			DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/entrelien',
			ORIGIN: 'https://entraide.example.org/',
			SMTP_URL: 'smtp://127.0.0.1:2525',
			MAIL_FROM: 'Réseau <bonjour@example.org>',
			EVENT_OFFER_HOURS: '48'
		});
		expect(config).toMatchObject({
			port: 8080,
			dataDir: '/srv/entrelien',
			databaseUrl: 'postgres://u:p@127.0.0.1:5432/entrelien',
			origin: 'https://entraide.example.org',
			smtpUrl: 'smtp://127.0.0.1:2525',
			mailFrom: 'Réseau <bonjour@example.org>',
			offerWindowHours: 48
		});
	});

	it.each([
		[{ PORT: 'trois mille' }, /^PORT .*« trois mille »/],
		[{ PORT: '70000' }, /^PORT /],
		[{ DATABASE_URL: 'mysql://localhost/db' }, /^DATABASE_URL doit commencer par postgres:\/\/ ou postgresql:\/\//],
		[{ DATABASE_URL: 'pas une adresse' }, /^DATABASE_URL n'est pas une adresse valide/],
		[{ SMTP_URL: 'http://mail' }, /^SMTP_URL doit commencer par smtp:\/\/ ou smtps:\/\//],
		[{ ORIGIN: 'https://example.org/app' }, /^ORIGIN doit être une origine sans chemin/],
		[{ ORIGIN: 'ftp://example.org' }, /^ORIGIN doit commencer par http:\/\/ ou https:\/\//],
		[{ MAIL_FROM: 'personne' }, /^MAIL_FROM doit être une adresse électronique/],
		[{ EVENT_OFFER_HOURS: '0' }, /^EVENT_OFFER_HOURS doit être un nombre entier d'heures entre 1 et 168/],
		[{ EVENT_OFFER_HOURS: 'un jour' }, /^EVENT_OFFER_HOURS .*« un jour »/]
	])('stops with one sentence naming the variable for %o', (env, message) => {
		expect(() => loadConfig(env)).toThrow(ConfigError);
		expect(() => loadConfig(env)).toThrow(message);
	});
});
