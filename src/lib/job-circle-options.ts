// The job circle's fixed choices (decision 031), shared by the schema's checks, the zod schemas and the pages.
// Imported by browser code too: nothing here may import server code.

/** A job lead's contract: CDI, CDD, intérim, alternance, stage, or something else. */
export const JOB_CONTRACTS = ['cdi', 'cdd', 'interim', 'alternance', 'stage', 'other'] as const;
export type JobContract = (typeof JOB_CONTRACTS)[number];

/** What a member may mark on a lead, once each: « j'ai postulé », « intéressé ». */
export const LEAD_MARKS = ['applied', 'interested'] as const;
export type LeadMark = (typeof LEAD_MARKS)[number];

/**
 * The job-search help a member may ask for. Each is a skill of the circle's theme (created with the circle), so a
 * request for it is an ordinary post that matching, introductions and exchanges already serve.
 */
export const JOB_HELP_KINDS = ['cv', 'cover_letter', 'mock_interview', 'interview_prep', 'job_sites'] as const;
export type JobHelpKind = (typeof JOB_HELP_KINDS)[number];
