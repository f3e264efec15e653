import { z } from 'zod';
import { DELIVERIES, NOTIFICATION_KINDS } from '../notification-options.ts';

const delivery = z.enum(DELIVERIES, { error: 'unknown_choice' });

/** The preferences page sends one choice per kind, all at once. */
export const notificationPreferencesInput = z.object(
	Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, delivery])) as Record<
		(typeof NOTIFICATION_KINDS)[number],
		typeof delivery
	>
);
