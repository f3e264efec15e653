// The welcome sheet's print button (WelcomeSheet.svelte) needs the page's script.
export const csr = true;
