// Random secrets and their hashes. Secrets (session tokens, email links, login codes) are shown once and only
// their SHA-256 is stored, so a copy of the database cannot be used to log in.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export function randomToken(): string {
	return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
	return createHash('sha256').update(value).digest('hex');
}

// No 0/O, 1/I/L: the code is read off paper and typed on a phone.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A printed login code such as « K7MQ-2XHD-9PRA » (12 characters, about 59 bits). */
export function randomLoginCode(): string {
	const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
	return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

/** Accepts what people type: lower case, spaces, missing dashes. */
export function normaliseLoginCode(typed: string): string {
	const compact = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
	return compact.length === 12 ? `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}` : compact;
}

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
	if (!passwordHash) {
		// Same cost as a real check, so response time does not tell whether the account has a password.
		await hash(password, ARGON2);
		return false;
	}
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}
