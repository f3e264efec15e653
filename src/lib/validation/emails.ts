// The unsent email a coordinator asks to see (/coordination/courriels, decision 008).
import { z } from 'zod';

export const waitingLinkInput = z.object({ emailId: z.uuid({ error: 'unknown_choice' }) });
