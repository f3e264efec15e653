import { describe, expect, it } from 'vitest';
import { hashPassword, normaliseLoginCode, randomLoginCode, verifyPassword } from './crypto.ts';

describe('login codes', () => {
	it('are three groups of four unambiguous characters, different each time', () => {
		const codes = new Set(Array.from({ length: 200 }, randomLoginCode));
		expect(codes.size).toBe(200);
		for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
	});

	it('accept what people type: lower case, spaces, no dashes', () => {
		expect(normaliseLoginCode(' k7mq 2xhd 9pra ')).toBe('K7MQ-2XHD-9PRA');
		expect(normaliseLoginCode('k7mq2xhd9pra')).toBe('K7MQ-2XHD-9PRA');
	});
});

describe('passwords', () => {
	it('are hashed with argon2id and verified', async () => {
		const hash = await hashPassword('un long mot de passe');
		expect(hash).toMatch(/^\$argon2id\$/);
		expect(await verifyPassword(hash, 'un long mot de passe')).toBe(true);
		expect(await verifyPassword(hash, 'un autre')).toBe(false);
		expect(await verifyPassword(null, 'un long mot de passe')).toBe(false);
		expect(await verifyPassword('pas un hash', 'x')).toBe(false);
	});
});
