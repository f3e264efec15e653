const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs and forms: PostgreSQL would reject a malformed one with an error, not an empty result. */
export const isUuid = (value: string) => UUID.test(value);
