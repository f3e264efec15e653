import { z } from 'zod';
import { email, longText, password, personName, shortText } from './fields.ts';

export const networkFields = {
	name: shortText(100),
	town: shortText(100),
	description: longText(500)
};

export const networkSettingsInput = z.object({
	...networkFields,
	joinPolicy: z.enum(['open', 'approval'], { error: 'unknown_choice' })
});

export const firstCoordinatorInput = z.object({ coordinatorName: personName, email, password });

export const setupInput = z.object({ ...networkFields }).extend(firstCoordinatorInput.shape);
