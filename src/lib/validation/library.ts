// The tool library's forms (decision 030): ids chosen in lists, and the condition notes of the front desk (the
// same length as a resource's condition, refusing `<` and `>` like every other text: fields.ts).
import { z } from 'zod';
import { MAX_LENGTH } from '../limits.ts';
import { longText } from './fields.ts';

const id = z.uuid({ error: 'unknown_choice' });

/** The front desk lends an item to a member. */
export const lendInput = z.object({ resourceId: id, accountId: id });

/** A member reserves an item (the item is the page's). */
export const holdInput = z.object({ resourceId: id });

export const holdIdInput = z.object({ holdId: id });

export const loanIdInput = z.object({ loanId: id });

/** A return with the condition seen (empty: nothing to report). */
export const returnInput = z.object({ loanId: id, condition: longText(MAX_LENGTH.resourceCondition) });

/** To repair and back from repair, with a note. */
export const repairInput = z.object({ resourceId: id, note: longText(MAX_LENGTH.resourceCondition) });

/** The photo's text alternative (the file comes apart, readUpload); spaces and line breaks made single spaces. */
export const itemPhotoInput = z.object({
	alt: longText(MAX_LENGTH.groupPictureAlt).transform((v) => v.replace(/\s+/g, ' '))
});
