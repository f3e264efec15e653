// The live thread: new messages appear while the page is open (an event stream started in the browser).
export const csr = true;
