// The day sheet's print button needs the page's script (the browser's own print menu does the same without it).
export const csr = true;
