import { z } from 'zod';
import { MAX_LENGTH } from '../limits.ts';
import { email, locale, loginCode, password, personName, text } from './fields.ts';

export const signUpInput = z.object({
	name: personName,
	email,
	password,
	// The network's slug, from a list.
	network: text(100)
});
export const logInInput = z.object({
	email,
	password: z
		.string({ error: 'required' })
		.min(1, { error: 'required' })
		.max(MAX_LENGTH.password, { error: 'password_long' })
});
export const logInWithCodeInput = z.object({ code: loginCode });
export const emailOnlyInput = z.object({ email });
export const newPasswordInput = z.object({ password });
export const changePasswordInput = z.object({
	currentPassword: z.string({ error: 'required' }).max(MAX_LENGTH.password, { error: 'password_long' }),
	password
});
export const memberWithoutEmailInput = z.object({ name: personName });
export const localeInput = z.object({ locale });
