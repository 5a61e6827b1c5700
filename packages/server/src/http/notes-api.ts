import { ConversationTagsRequestSchema, NoteRequestSchema, type Note, type NotesResponse, type TagsResponse } from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { topics } from '../bus.ts'
import { conversationChanged } from '../conversations.ts'
import { createNotes } from '../notes.ts'
import { visibleConversation } from '../team/visible.ts'
import { HttpError, HttpErrorCode, sendJson } from './respond.ts'
import { memberRoute, readBody, type RequestContext, type Route } from './routes.ts'

// Private notes and tags (issue 14, decision 026): for anyone of the store who converses.

const missing = () => new HttpError(HttpErrorCode.NotFound, 'No such conversation in this store.')

/** The conversation's id when the member may open it; a colleague's, for an agent, looks missing (issue 14). */
async function visibleId({ params, deps }: RequestContext, agent: SessionAgent): Promise<string> {
  const conversation = await visibleConversation(deps.conversations, agent, params.id!)
  if (!conversation) throw missing()
  return conversation.id
}

async function listNotes(ctx: RequestContext, agent: SessionAgent) {
  const { res, deps } = ctx
  const notes = await createNotes(deps.db).list(agent.siteId, await visibleId(ctx, agent))
  if (!notes) throw missing()
  sendJson(res, 200, { notes } satisfies NotesResponse)
}

async function addNote(ctx: RequestContext, agent: SessionAgent) {
  const { req, res, deps } = ctx
  const id = await visibleId(ctx, agent)
  const { text } = await readBody(req, NoteRequestSchema)
  const note = await createNotes(deps.db).add(agent.siteId, id, { id: agent.id, name: agent.name }, text)
  if (!note) throw missing()
  // Only members' inboxes listen on this topic; never the conversation's, which its visitor hears.
  deps.bus.publish(topics.notes(agent.siteId), { type: 'note', note })
  sendJson(res, 201, note satisfies Note)
}

async function listTags({ res, deps }: RequestContext, agent: SessionAgent) {
  sendJson(res, 200, { tags: await createNotes(deps.db).storeTags(agent.siteId) } satisfies TagsResponse)
}

async function setTags(ctx: RequestContext, agent: SessionAgent) {
  const { req, res, deps } = ctx
  const id = await visibleId(ctx, agent)
  const body = await readBody(req, ConversationTagsRequestSchema)
  const tags = await createNotes(deps.db).setTags(agent.siteId, id, body.tags)
  if (!tags) throw missing()
  conversationChanged(deps.bus, id)
  // The other agents' lists show the new tags at once (the site topic is members' only).
  const summary = await deps.conversations.summary(id)
  if (summary) deps.bus.publish(topics.site(agent.siteId), { type: 'conversation', conversation: summary })
  sendJson(res, 200, { tags } satisfies TagsResponse)
}

export const noteRoutes: Route[] = [
  memberRoute('GET', '/api/conversations/:id/notes', 'converse', listNotes),
  memberRoute('POST', '/api/conversations/:id/notes', 'converse', addNote),
  memberRoute('GET', '/api/tags', 'converse', listTags),
  memberRoute('PUT', '/api/conversations/:id/tags', 'converse', setTags),
]
