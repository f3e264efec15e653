export * from './instance.ts';
export * from './accounts.ts';
export * from './networks.ts';
export * from './auth.ts';
export * from './email.ts';
export * from './jobs.ts';
