export type Locale = 'fr' | 'en';
