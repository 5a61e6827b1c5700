import { lockFor, type Database } from './database.ts'

/**
 * The schema, as ordered migrations kept in code so the bundle carries them. Never edit a
 * migration once released: add the next one. Plain Postgres only, so PGlite and a real
 * PostgreSQL share this list.
 */
export const MIGRATIONS: readonly { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: 'initial',
    sql: `
      CREATE TABLE sites (
        id uuid PRIMARY KEY,
        key text NOT NULL UNIQUE,
        name text NOT NULL,
        allowed_origins text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE agents (
        id uuid PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id),
        email text NOT NULL UNIQUE,
        name text NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE agent_sessions (
        token_hash text PRIMARY KEY,
        agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL
      );
      CREATE TABLE visitors (
        id uuid PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE conversations (
        id uuid PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id),
        visitor_id uuid NOT NULL REFERENCES visitors(id),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        last_seq integer NOT NULL DEFAULT 0,
        waiting_since timestamptz,
        visitor_read_seq integer NOT NULL DEFAULT 0,
        agent_read_seq integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      -- A shopper has at most one open conversation, even when two tabs send at once.
      CREATE UNIQUE INDEX conversations_one_open_per_visitor
        ON conversations (visitor_id) WHERE status = 'open';
      CREATE INDEX conversations_site_activity ON conversations (site_id, status, updated_at DESC);
      CREATE INDEX conversations_visitor ON conversations (visitor_id, created_at DESC);
      CREATE TABLE events (
        conversation_id uuid NOT NULL REFERENCES conversations(id),
        seq integer NOT NULL,
        kind text NOT NULL,
        author_role text NOT NULL,
        author_id text NOT NULL,
        author_name text,
        client_id text,
        body jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (conversation_id, seq),
        -- Promise 2: a client item is stored at most once per conversation.
        UNIQUE (conversation_id, client_id)
      );
      CREATE TABLE settings (
        key text PRIMARY KEY,
        value text NOT NULL
      );
    `,
  },
  {
    id: 2,
    name: 'empathy',
    sql: `
      -- A store's check-in settings (validated by @attune/empathy's resolveSettings).
      ALTER TABLE sites ADD COLUMN empathy_settings jsonb NOT NULL DEFAULT '{}';
      -- "Don't ask me again" lasts: it belongs to the shopper, not to one conversation.
      ALTER TABLE visitors ADD COLUMN checkins_opted_out boolean NOT NULL DEFAULT false;
      -- The page's boot override (moments switched off), the shopper's language and page.
      ALTER TABLE conversations ADD COLUMN checkin_override jsonb NOT NULL DEFAULT '{}';
      ALTER TABLE conversations ADD COLUMN language text;
      ALTER TABLE conversations ADD COLUMN page text;
      -- What the agent's card shows, recomputed from the log after every event.
      ALTER TABLE conversations ADD COLUMN empathy jsonb;
      CREATE INDEX conversations_site_created ON conversations (site_id, created_at);
      CREATE INDEX events_kind_created ON events (kind, created_at);
    `,
  },
  {
    id: 3,
    name: 'delivery-and-identity',
    sql: `
      -- "Delivered" ticks: how far each side's screen has received the other's messages.
      ALTER TABLE conversations ADD COLUMN visitor_delivered_seq integer NOT NULL DEFAULT 0;
      ALTER TABLE conversations ADD COLUMN agent_delivered_seq integer NOT NULL DEFAULT 0;
      -- identify(): the store's server signs its user ids with this secret (HMAC-SHA256).
      ALTER TABLE sites ADD COLUMN identity_secret text;
      ALTER TABLE visitors ADD COLUMN external_id text;
      ALTER TABLE visitors ADD COLUMN name text;
      ALTER TABLE visitors ADD COLUMN email text;
      CREATE UNIQUE INDEX visitors_site_external ON visitors (site_id, external_id) WHERE external_id IS NOT NULL;
    `,
  },
  {
    id: 4,
    name: 'uploads-and-context',
    sql: `
      -- Files shoppers and agents attach; the bytes live on disk beside the database.
      CREATE TABLE uploads (
        id uuid PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id),
        uploader_role text NOT NULL,
        uploader_id text NOT NULL,
        name text NOT NULL,
        type text NOT NULL,
        size integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- The shopper's page and the store's attributes (Attune('update', …)), for the agent.
      ALTER TABLE visitors ADD COLUMN context jsonb NOT NULL DEFAULT '{}';
    `,
  },
  {
    id: 5,
    name: 'people-and-roles',
    sql: `
      -- A person signs in once and belongs to several stores, with a role in each.
      ALTER TABLE agents RENAME TO people;
      CREATE TABLE memberships (
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'manager', 'agent')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, site_id)
      );
      CREATE INDEX memberships_site ON memberships (site_id);
      -- A store has exactly one owner; ownership moves by transfer.
      CREATE UNIQUE INDEX memberships_one_owner ON memberships (site_id) WHERE role = 'owner';
      -- Before roles every agent could do everything: the earliest becomes the owner, the rest
      -- admins, so nobody loses a page they used.
      INSERT INTO memberships (person_id, site_id, role)
        SELECT id, site_id,
          CASE WHEN row_number() OVER (PARTITION BY site_id ORDER BY created_at, id) = 1 THEN 'owner' ELSE 'admin' END
        FROM people;
      ALTER TABLE people DROP COLUMN site_id;
      CREATE UNIQUE INDEX people_email_lower ON people (lower(email));
      -- A session works in one of its person's stores at a time (the inbox's store switcher).
      ALTER TABLE agent_sessions RENAME TO sessions;
      ALTER TABLE sessions RENAME COLUMN agent_id TO person_id;
      ALTER TABLE sessions ADD COLUMN site_id uuid REFERENCES sites(id) ON DELETE CASCADE;
      ALTER TABLE sessions ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
      UPDATE sessions s SET site_id = (SELECT m.site_id FROM memberships m WHERE m.person_id = s.person_id LIMIT 1);
      DELETE FROM sessions WHERE site_id IS NULL;
      ALTER TABLE sessions ALTER COLUMN site_id SET NOT NULL;
      CREATE INDEX sessions_person ON sessions (person_id);
      CREATE INDEX sessions_expiry ON sessions (expires_at);
      -- One-time invitation links; only the token's hash is stored.
      CREATE TABLE invites (
        id uuid PRIMARY KEY,
        token_hash text NOT NULL UNIQUE,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'manager', 'agent')),
        invited_by uuid REFERENCES people(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX invites_site ON invites (site_id);
    `,
  },
  {
    id: 6,
    name: 'upload-quotas-and-visitor-token-revocation',
    sql: `
      -- Files never attached to a message are removed after a day; attached ones stay with their
      -- conversation. Those already referenced by a message count as attached from their upload.
      ALTER TABLE uploads ADD COLUMN attached_at timestamptz;
      UPDATE uploads u SET attached_at = u.created_at WHERE EXISTS (
        SELECT 1 FROM events e WHERE e.kind = 'message' AND e.body->'attachments' @> jsonb_build_array(jsonb_build_object('id', u.id::text))
      );
      CREATE INDEX uploads_unattached ON uploads (created_at) WHERE attached_at IS NULL;
      -- Quotas count a shopper's files of the last day and a store's bytes.
      CREATE INDEX uploads_uploader ON uploads (site_id, uploader_role, uploader_id, created_at);
      -- Visitor tokens issued before this moment no longer work (an explicit revoke).
      ALTER TABLE visitors ADD COLUMN tokens_revoked_at timestamptz;
    `,
  },
  {
    id: 7,
    name: 'follow-ups-and-feedback-acted-on',
    sql: `
      -- Issue 16. An agent followed up a chat that ended upset; the shopper is asked once, when
      -- their widget next connects (asked_at). The answer itself is an event of the conversation.
      -- Cascades: erasing a shopper, or their conversation, or the store, takes these rows too.
      CREATE TABLE follow_ups (
        conversation_id uuid PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        visitor_id uuid NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('upset', 'unresolved', 'not_understood')),
        sent_by uuid REFERENCES people(id) ON DELETE SET NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        asked_at timestamptz
      );
      CREATE INDEX follow_ups_waiting ON follow_ups (visitor_id, sent_at) WHERE asked_at IS NULL;
      -- A manager marked the after-chat comment acted on; an identified shopper is told once (told_at).
      CREATE TABLE feedback_actions (
        conversation_id uuid PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        visitor_id uuid NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
        note text NOT NULL,
        acted_by uuid REFERENCES people(id) ON DELETE SET NULL,
        acted_at timestamptz NOT NULL DEFAULT now(),
        told_at timestamptz
      );
      CREATE INDEX feedback_untold ON feedback_actions (visitor_id, acted_at) WHERE told_at IS NULL;
    `,
  },
  {
    id: 8,
    name: 'complaint-risk',
    sql: `
      -- Shopper messages that threatened a public review or a complaint to an authority (issue 16):
      -- one row per message, so each alerts the managers once and Insights can count them.
      CREATE TABLE complaint_cues (
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        detail text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (conversation_id, seq)
      );
      CREATE INDEX complaint_cues_site_created ON complaint_cues (site_id, created_at);
    `,
  },
  {
    id: 9,
    name: 'agent-care',
    sql: `
      -- "Check in on agents after hard conversations" (issue 16): on unless the store turns it off.
      ALTER TABLE sites ADD COLUMN agent_care boolean NOT NULL DEFAULT true;
      -- Seqs of the shopper's messages that carry abuse, and the hand-off to a manager, for the inbox.
      ALTER TABLE conversations ADD COLUMN abusive_seqs integer[] NOT NULL DEFAULT '{}';
      ALTER TABLE conversations ADD COLUMN handoff jsonb;
      -- One offer per person and conversation; answerable once.
      CREATE TABLE care_offers (
        id uuid PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        answered boolean NOT NULL DEFAULT false,
        UNIQUE (person_id, conversation_id)
      );
      -- At most one offer an hour per person: one row each, moved forward atomically.
      CREATE TABLE care_last_offer (
        person_id uuid PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
        offered_at timestamptz NOT NULL
      );
      -- The answers: person, store, day and mood only (no time, no conversation). No route
      -- returns a row; managers read per-day aggregates with enough answers and people.
      CREATE TABLE care_answers (
        id bigserial PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        day date NOT NULL,
        mood smallint NOT NULL CHECK (mood BETWEEN 1 AND 5)
      );
      CREATE INDEX care_answers_site_day ON care_answers (site_id, day);
    `,
  },
  {
    id: 10,
    name: 'thai-voice',
    sql: `
      -- How Thai texts end a sentence (issue 16): the store's widget, and each person's suggested
      -- replies. Female (ค่ะ/คะ) is what every text said before.
      ALTER TABLE sites ADD COLUMN thai_voice text NOT NULL DEFAULT 'female' CHECK (thai_voice IN ('female', 'male', 'neutral'));
      ALTER TABLE people ADD COLUMN thai_voice text NOT NULL DEFAULT 'female' CHECK (thai_voice IN ('female', 'male', 'neutral'));
    `,
  },
  {
    id: 11,
    name: 'business-hours',
    sql: `
      -- A store's business hours (issue 15), as @attune/protocol's BusinessHoursSchema validated
      -- them; NULL until set, which is "no hours used": the store is always open.
      ALTER TABLE sites ADD COLUMN business_hours jsonb;
    `,
  },
  {
    id: 12,
    name: 'mail',
    sql: `
      -- Leaving a message and getting the answer (issue 15): the address a shopper left to be told
      -- of replies, and when they asked for no more mail (from any mail's unsubscribe link).
      ALTER TABLE visitors ADD COLUMN notify_email text;
      ALTER TABLE visitors ADD COLUMN mail_unsubscribed_at timestamptz;
      -- The last agent message already emailed, so the next email gathers only newer replies.
      ALTER TABLE conversations ADD COLUMN reply_mailed_seq integer NOT NULL DEFAULT 0;
      -- Outgoing mail. Rows go with their store or shopper (erasure); sent ones stay as a record.
      CREATE TABLE mail_queue (
        id bigserial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('reply', 'transcript', 'invite', 'other')),
        site_id uuid REFERENCES sites(id) ON DELETE CASCADE,
        visitor_id uuid REFERENCES visitors(id) ON DELETE CASCADE,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text,
        unsubscribe_url text,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        claimed_until timestamptz,
        sent_at timestamptz,
        given_up_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at) WHERE sent_at IS NULL AND given_up_at IS NULL;
      -- A conversation whose agent replies are waiting to be emailed (one row gathers several replies).
      CREATE TABLE reply_notices (
        conversation_id uuid PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        due_at timestamptz NOT NULL
      );
      CREATE INDEX reply_notices_due ON reply_notices (due_at);
    `,
  },
  {
    id: 13,
    name: 'webhooks',
    sql: `
      -- A store's webhook endpoints (issue 15). The secret is kept as the identity secret is:
      -- signing needs it whole, so it cannot be hashed; it is shown once and never listed.
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        url text NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX webhook_endpoints_site ON webhook_endpoints (site_id);
      -- The queue: one row per event and endpoint until delivered or given up, then deleted. The
      -- body is built once (every retry sends the same bytes); erasing a shopper's conversation
      -- takes its pending bodies with it. locked_until lets several processes share the queue.
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
        conversation_id uuid REFERENCES conversations(id) ON DELETE CASCADE,
        event text NOT NULL,
        body text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_at timestamptz NOT NULL,
        locked_until timestamptz
      );
      CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_at);
      -- The delivery log: each try's outcome, never a body; the last 100 per store are kept.
      CREATE TABLE webhook_attempts (
        id bigserial PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        endpoint_id uuid REFERENCES webhook_endpoints(id) ON DELETE SET NULL,
        url text NOT NULL,
        event text NOT NULL,
        attempt integer NOT NULL,
        status integer,
        error text,
        duration_ms integer NOT NULL,
        at timestamptz NOT NULL,
        retry_at timestamptz
      );
      CREATE INDEX webhook_attempts_site ON webhook_attempts (site_id, id DESC);
    `,
  },
  {
    id: 14,
    name: 'greetings',
    sql: `
      -- Proactive greetings (issue 15): what makes one show (a time on the page, a page pattern, a
      -- cart value, a second visit, exit intent) and its text per language. Off until turned on.
      CREATE TABLE greetings (
        id uuid PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        enabled boolean NOT NULL DEFAULT false,
        condition jsonb NOT NULL,
        language text NOT NULL,
        texts jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX greetings_site ON greetings (site_id, created_at);
    `,
  },
  {
    id: 16,
    name: 'inbox-language',
    sql: `
      -- The inbox's language each person chose (issue 14); NULL: their browser's.
      ALTER TABLE people ADD COLUMN language text CHECK (language IN ('en', 'th', 'lo', 'fil'));
    `,
  },
  {
    id: 17,
    name: 'assignment-and-presence',
    sql: `
      -- Who answers which conversation (issue 14). NULL: it waits in "Unassigned". A person who
      -- leaves the team keeps their rows until someone reassigns them; a deleted person frees them.
      ALTER TABLE conversations ADD COLUMN assignee_id uuid REFERENCES people(id) ON DELETE SET NULL;
      -- The note of the transfer that gave it to its assignee: { by, note, at }, for the team only.
      ALTER TABLE conversations ADD COLUMN transfer jsonb;
      CREATE INDEX conversations_assignee_open ON conversations (site_id, assignee_id) WHERE status = 'open';
      ALTER TABLE sites ADD COLUMN assignment_mode text NOT NULL DEFAULT 'auto' CHECK (assignment_mode IN ('auto', 'manual'));
      ALTER TABLE sites ADD COLUMN assignment_limit integer NOT NULL DEFAULT 5 CHECK (assignment_limit BETWEEN 1 AND 50);
      -- Round robin: the person given the last conversation; the next goes to whoever follows them.
      ALTER TABLE sites ADD COLUMN assignment_last uuid;
      -- A member's own presence choice ("Away" in the Status menu) and whether their inbox is idle:
      -- kept here, not in a process's memory, so every process of the store reads the same.
      ALTER TABLE memberships ADD COLUMN away boolean NOT NULL DEFAULT false;
      ALTER TABLE memberships ADD COLUMN idle boolean NOT NULL DEFAULT false;
    `,
  },
  {
    id: 18,
    name: 'conversation-search',
    sql: `
      -- Searching messages (issue 14, decision 025): the words of each message under the 'simple'
      -- configuration (lower case, no stemming, no stop words), so every language is found the
      -- same way. The search's WHERE repeats this expression exactly, or the index goes unused.
      CREATE INDEX events_message_words ON events USING gin (to_tsvector('simple', body->>'text')) WHERE kind = 'message';
    `,
  },
  {
    id: 19,
    name: 'notes-and-tags',
    sql: `
      -- Private notes (issue 14, decision 026): a table of their own, never events of the log, so
      -- no visitor's stream, resume, transcript, webhook or export can carry one. They go with
      -- the conversation when a shopper is erased (the cascade).
      CREATE TABLE notes (
        id uuid PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        author_id uuid REFERENCES people(id) ON DELETE SET NULL,
        author_name text NOT NULL,
        text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX notes_conversation ON notes (conversation_id, created_at);
      -- A store's tags, made on the fly by whoever tags a conversation; one per name whatever its case.
      CREATE TABLE tags (
        id uuid PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX tags_site_name ON tags (site_id, lower(name));
      CREATE TABLE conversation_tags (
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        tag_id uuid NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        position integer NOT NULL,
        PRIMARY KEY (conversation_id, tag_id)
      );
      CREATE INDEX conversation_tags_tag ON conversation_tags (tag_id);
    `,
  },
  {
    id: 20,
    name: 'canned-replies',
    sql: `
      -- Canned replies (issue 14): a store's saved answers, each under a /shortcut unique in the
      -- store, its text per language with placeholders such as {shopper_name}.
      CREATE TABLE canned_replies (
        id uuid PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        title text NOT NULL,
        shortcut text NOT NULL,
        language text NOT NULL,
        texts jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (site_id, shortcut)
      );
    `,
  },
  {
    id: 21,
    name: 'alert-sound',
    sql: `
      -- Whether the inbox plays a sound with each alert, per person (issue 14, decision 028): on,
      -- as support tools ship it; an agent who hears nothing misses the chat the sound is for.
      ALTER TABLE people ADD COLUMN sound boolean NOT NULL DEFAULT true;
    `,
  },
  {
    id: 22,
    name: 'search-index-in-small-steps',
    sql: `
      -- A message's words wait in the search index's pending list until it holds
      -- gin_pending_list_limit (4 MB by default, about 17,000 messages), and the insert that fills
      -- it merges them all: a write of 200-400 ms on the embedded database, which runs no
      -- autovacuum to do it in the background, with every message behind it waiting (issue 12).
      -- At 64 kB (the least) it is a merge of ~270 messages, ~7 ms, for the same total work.
      ALTER INDEX events_message_words SET (gin_pending_list_limit = 64);
    `,
  },
  {
    id: 23,
    name: 'no-statistics-of-message-text',
    sql: `
      -- The statistics of the events table are taken each time a tenth of it is new: on the
      -- embedded database, in the thread every message waits for (decision 030). Half of their
      -- cost was the words of the sampled messages (the search index's expression) and their
      -- bodies, which no plan of ours reads: a search's estimate is the same without them
      -- (bench/search), and no statement compares whole bodies.
      ALTER INDEX events_message_words ALTER COLUMN 1 SET STATISTICS 0;
      ALTER TABLE events ALTER COLUMN body SET STATISTICS 0;
    `,
  },
  {
    id: 24,
    name: 'a-write-checks-itself',
    sql: `
      -- The group commit's write checks in SQL that it stored every event it planned
      -- (append-statements.ts, decision 038): a statement that refuses itself is undone by PostgreSQL
      -- whole, so a batch of one statement needs no transaction around it, and its BEGIN and
      -- COMMIT cost no trip to the database. SQLSTATE AT001 is ours: "not written as planned".
      CREATE FUNCTION attune_written_as_planned(ok boolean) RETURNS boolean LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT ok THEN
          RAISE EXCEPTION 'a conversation changed status, or a client id was stored elsewhere, since the write was planned'
            USING ERRCODE = 'AT001';
        END IF;
        RETURN true;
      END
      $$;
    `,
  },
  {
    id: 25,
    name: 'a-message-moves-no-indexed-column',
    sql: `
      -- Every message moves its conversation's updated_at, and updated_at was in an index: so
      -- PostgreSQL could not update the row in place (a HOT update) and wrote a new entry in each of
      -- the table's six indexes, for every message, leaving a dead one behind in each (issue 12).
      -- The lists still go newest activity first by an index: by the hour of the last activity, a
      -- column of its own that changes once an hour at most, then by updated_at among the few rows
      -- of that hour (search.ts, conversations.ts, follow-ups.ts). The hour is UTC's, so it is
      -- the same whatever the session's time zone.
      ALTER TABLE conversations
        ADD COLUMN active_hour timestamp GENERATED ALWAYS AS (date_trunc('hour', updated_at AT TIME ZONE 'UTC')) STORED;
      CREATE INDEX conversations_site_recent ON conversations (site_id, status, active_hour DESC);
      DROP INDEX conversations_site_activity;
    `,
  },
  {
    id: 26,
    name: 'transcripts-counted-by-index',
    sql: `
      -- Each transcript a shopper asks for first counts the store's transcripts of the last day
      -- (mail/transcript.ts), holding the store's lock: without an index, a read of every mail ever
      -- queued, of every store and kind, growing with the table while the store's other asks wait.
      -- Only transcripts are counted, so only they are indexed: at most a store's 200 of the day
      -- are read. The shopper's own count is a filter over those same rows.
      CREATE INDEX mail_queue_transcripts_site_created ON mail_queue (site_id, created_at) WHERE kind = 'transcript';
    `,
  },
  {
    id: 27,
    name: 'a-shoppers-rows-found-by-index',
    sql: `
      -- A sign-in that merges a device's shopper into the known one moves each of their rows
      -- (identity.ts, ROWS_OF_A_SHOPPER: WHERE visitor_id = $1), and deleting a shopper, erased or
      -- merged, makes PostgreSQL look for the same rows to cascade to. Without these indexes each
      -- was a read of the whole table, of every store: mail_queue keeps every sent mail as a record.
      -- The indexes follow_ups and feedback_actions had hold only rows still waiting (asked_at,
      -- told_at IS NULL), so a look for all of a shopper's rows cannot use them. Mail to no
      -- shopper (a team invitation) is never looked for by shopper, so it stays out of the index.
      CREATE INDEX mail_queue_visitor ON mail_queue (visitor_id) WHERE visitor_id IS NOT NULL;
      CREATE INDEX follow_ups_visitor ON follow_ups (visitor_id);
      CREATE INDEX feedback_actions_visitor ON feedback_actions (visitor_id);
    `,
  },
  {
    id: 28,
    name: 'handed-on-notices-kept',
    sql: `
      -- A conversation handed on from someone not there (decision 024) is told to them by a notice
      -- that reached only their inboxes open then. It is kept here until one of their inboxes in
      -- this store is given it (team/kept-notices.ts), at most a week. The shopper is read from the
      -- conversation when it is told, so a sign-in that merged them names who they are now. Gone
      -- with the person's membership (removed from the team) and with the conversation (erased).
      CREATE TABLE handed_on_notices (
        person_id uuid NOT NULL,
        site_id uuid NOT NULL,
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        -- Who has it now, as named when it went; NULL: back to "Unassigned".
        to_name text,
        why text NOT NULL CHECK (why IN ('away', 'offline')),
        kept_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, site_id, conversation_id),
        FOREIGN KEY (person_id, site_id) REFERENCES memberships (person_id, site_id) ON DELETE CASCADE
      );
      -- An erased shopper's conversations cascade here: found by index, not by reading the table.
      CREATE INDEX handed_on_notices_conversation ON handed_on_notices (conversation_id);
    `,
  },
  {
    id: 29,
    name: 'upload-bytes-in-the-database',
    sql: `
      -- A file's bytes, beside its row (decision 011, December 2026). They lived in each process's
      -- own data folder, so behind a load balancer half the links of a file answered 404, and an
      -- erasure through one process left the bytes on the others' disks. Here every process
      -- serves every file, and whatever deletes an upload (an erasure, a store deleted, the
      -- cleanup of files never attached) deletes its bytes in the same transaction.
      -- A table of its own, not a column of uploads: the bytes are NOT NULL (an upload of an older
      -- version has no row here until its server moves the file in at start: uploads.ts,
      -- moveOldUploadFiles, a conditional insert), and the rows the quotas count and an erasure
      -- looks through stay small. At most UPLOAD_LIMITS.maxBytes (10 MB) a row.
      CREATE TABLE upload_bytes (
        upload_id uuid PRIMARY KEY REFERENCES uploads(id) ON DELETE CASCADE,
        bytes bytea NOT NULL
      );
    `,
  },
  {
    id: 30,
    name: 'search-words-split-at-punctuation',
    sql: `
      -- A word inside an email, a link's path or a host is a word of its own in the search index
      -- (decision 025, December 2026): the 'simple' parser keeps jane@shopmail.com or
      -- shop.example/p/blue-kettle whole as one token, so "shopmail" or "kettle", looked for by its
      -- beginning, was never found there. Each ASCII punctuation mark is made a space first, named
      -- by code point (! to /, : to @, [ to \`, { to ~): a class such as [:punct:] or [:alnum:]
      -- follows the database's locale, and under C.UTF-8 takes Thai and Lao vowel and tone marks
      -- for punctuation. Every word of the text is still a word, so this index replaces migration
      -- 18's, under its name, with the settings migrations 22 and 23 gave it. The search's WHERE
      -- repeats this expression exactly (search.ts), or the index goes unused.
      DROP INDEX events_message_words;
      CREATE INDEX events_message_words ON events
        USING gin (to_tsvector('simple', regexp_replace(body->>'text', '[!-/:-@[-\`{-~]', ' ', 'g')))
        WITH (gin_pending_list_limit = 64) WHERE kind = 'message';
      ALTER INDEX events_message_words ALTER COLUMN 1 SET STATISTICS 0;
    `,
  },
  {
    id: 31,
    name: 'check-in-timers-in-the-database',
    sql: `
      -- Each open conversation's one check-in timer (empathy/engine.ts): when its rules are next due
      -- by time alone, a wait running out or a silent wait's cue growing. It lived only in the
      -- memory of the process that set it, so when that process went away its waiting shoppers had
      -- no during check-in, and their agents' cards no growing level, until some process started
      -- (decision 049). Kept here, any live process runs one its own process left overdue
      -- (empathy/check-in-timers.ts). A table of its own, not a column of conversations: the time
      -- moves with most messages of a chat (a shopper's starts a wait, the agent's answer ends it),
      -- and a changed indexed column of conversations is a new entry in each of its six indexes
      -- for that message (migration 25). A row only while a conversation has a timer; gone with
      -- the conversation (erased, its store deleted).
      CREATE TABLE check_in_timers (
        conversation_id uuid PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        fires_at timestamptz NOT NULL
      );
      CREATE INDEX check_in_timers_fires_at ON check_in_timers (fires_at);
    `,
  },
  {
    id: 32,
    name: 'care-offers-told-at-the-next-inbox',
    sql: `
      -- A care offer (issue 16) went only to the inboxes open when it was made. A hard chat often
      -- ends with the shopper's after card, once its agent has closed the inbox: that offer reached
      -- nobody. Now one no inbox showed is told at the person's next, while it can still be
      -- answered (empathy/agent-care.ts, claimUntoldOffers). Offers made before this count as
      -- told: an upgrade brings no old ones back.
      ALTER TABLE care_offers ADD COLUMN told boolean NOT NULL DEFAULT true;
      ALTER TABLE care_offers ALTER COLUMN told SET DEFAULT false;
      CREATE INDEX care_offers_untold ON care_offers (site_id, person_id) WHERE NOT told AND NOT answered;
    `,
  },
  {
    id: 33,
    name: 'handoff-notices-kept',
    sql: `
      -- A conversation handed to the managers (issue 16) was told only to the inboxes open then: a
      -- manager who opened theirs later never heard of it. The notice is kept here for each one it
      -- was meant for until an inbox of theirs in this store is given it (team/kept-notices.ts), at
      -- most a week, and told only while the hand-off still stands. A table of its own, beside
      -- handed_on_notices rather than one table for both: a row holds only who is to be told of
      -- which conversation, since the agent's name and whether the hand-off stands are read from
      -- the conversation when it is told. Gone with the person's membership and the conversation.
      CREATE TABLE handoff_notices (
        person_id uuid NOT NULL,
        site_id uuid NOT NULL,
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        kept_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, site_id, conversation_id),
        FOREIGN KEY (person_id, site_id) REFERENCES memberships (person_id, site_id) ON DELETE CASCADE
      );
      -- An erased shopper's conversations cascade here: found by index, not by reading the table.
      CREATE INDEX handoff_notices_conversation ON handoff_notices (conversation_id);
    `,
  },
  {
    id: 34,
    name: 'inbox-language-indonesian',
    sql: `
      -- The inbox speaks Indonesian too (decision 023): migration 16's check on a person's language
      -- lets 'id' in. That check has PostgreSQL's own name for a column's CHECK, the same in PGlite.
      ALTER TABLE people DROP CONSTRAINT people_language_check;
      ALTER TABLE people ADD CONSTRAINT people_language_check CHECK (language IN ('en', 'th', 'lo', 'fil', 'id'));
    `,
  },
  {
    id: 35,
    name: 'handoffs-answered-before',
    sql: `
      -- A hand-off is answered once a manager takes or writes in the conversation, or it ends
      -- (team/answered-handoffs.ts). One made before that rule kept its list marker however it was
      -- dealt with: those a manager (admin, owner) already holds or wrote in since, and those
      -- ended, are answered here, and their kept notices go. Who assigned a chat was not recorded,
      -- so one a manager passed to an agent keeps its marker until the next act answers it.
      UPDATE conversations c SET handoff = c.handoff || '{"answered": true}'::jsonb
      WHERE c.handoff IS NOT NULL AND c.handoff->>'answered' IS NULL AND (
        c.status <> 'open'
        OR EXISTS (SELECT 1 FROM memberships m WHERE m.site_id = c.site_id AND m.person_id = c.assignee_id
          AND m.role IN ('manager', 'admin', 'owner'))
        OR EXISTS (SELECT 1 FROM events e JOIN memberships m ON m.site_id = c.site_id AND m.person_id::text = e.author_id
          WHERE e.conversation_id = c.id AND e.seq > (c.handoff->>'seq')::int AND e.kind = 'message' AND e.author_role = 'agent'
            AND m.role IN ('manager', 'admin', 'owner')));
      DELETE FROM handoff_notices k USING conversations c WHERE c.id = k.conversation_id AND c.handoff->>'answered' IS NOT NULL;
    `,
  },
  {
    id: 36,
    name: 'inbox-language-arabic',
    sql: `
      -- The inbox speaks Arabic too (decision 023), as migration 34 let Indonesian in.
      ALTER TABLE people DROP CONSTRAINT people_language_check;
      ALTER TABLE people ADD CONSTRAINT people_language_check CHECK (language IN ('en', 'th', 'lo', 'fil', 'id', 'ar'));
    `,
  },
]

/**
 * Brings the schema up to date; safe on every start, and when several processes start at once on
 * one PostgreSQL. Each migration runs in its own transaction together with its bookkeeping row, so
 * a crash never leaves one half applied. Each transaction first takes one advisory lock, held to
 * its end, then looks again at what is applied: a second process waits for the first's migration,
 * then finds it done and skips it, instead of failing on "already exists". PGlite has one
 * connection, so there the lock is never contended.
 */
export async function migrate(db: Database): Promise<number[]> {
  await db.transaction(async (tx) => {
    await lockFor(tx, LOCK_KEY)
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        id integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )
    `)
  })
  const rows = await db.query<{ id: number }>('SELECT id FROM schema_migrations')
  const done = new Set(rows.map((r) => r.id))
  const applied: number[] = []
  for (const m of MIGRATIONS) {
    if (done.has(m.id)) continue
    const ran = await db.transaction(async (tx) => {
      await lockFor(tx, LOCK_KEY)
      // Read after the lock: a statement sees what committed before it began (READ COMMITTED).
      if ((await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [m.id])).length > 0) return false
      await tx.exec(m.sql)
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [m.id, m.name])
      return true
    })
    if (ran) applied.push(m.id)
  }
  return applied
}

/** One lock for every process migrating the same database, released with each transaction. */
const LOCK_KEY = 'attune:migrations'
