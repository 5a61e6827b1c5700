const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Whether `id` is a UUID, as PostgreSQL's uuid type reads one. An id from a client that is not one
 * names nothing: asked about it, the database fails (22P02), so the callers answer "not found"
 * (or leave it out) before they ask.
 */
export const isUuid = (id: string): boolean => UUID.test(id)
