import { z } from 'zod';
import { email, locale, loginCode, password, personName } from './fields.ts';

export const signUpInput = z.object({
	name: personName,
	email,
	password,
	network: z.string().trim().min(1, { error: 'required' })
});
export const logInInput = z.object({
	email,
	password: z.string().min(1, { error: 'required' }).max(200, { error: 'password_long' })
});
export const logInWithCodeInput = z.object({ code: loginCode });
export const emailOnlyInput = z.object({ email });
export const newPasswordInput = z.object({ password });
export const changePasswordInput = z.object({
	currentPassword: z.string().max(200, { error: 'password_long' }),
	password
});
export const memberWithoutEmailInput = z.object({ name: personName });
export const localeInput = z.object({ locale });
