// Pages do their job without JavaScript (forms post, links navigate, filters are forms), so by default they
// ship none: no hydration, no client router, and no translations or zod in the browser (issue 13: a post page
// made 133 requests for 195 KB). A page whose script adds something real turns it back on in its own +page.ts.
export const csr = false;
