import type { Widen } from './widen.ts'

/**
 * The words of the Store, Team and invitation pages, in English. They travel with those pages'
 * lazy chunks rather than in `en.ts`, which every agent loads on the first screen (the 32 KB
 * budget in .size-limit.cjs). Role names are in `en.ts` (the header shows them too).
 */
export const enAccounts = {
  loading: 'Loading…',
  failed: 'This page could not be loaded. Check your connection and try again.',
  retry: 'Try again',
  cancel: 'Cancel',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Could not copy. The text is selected: copy it with your keyboard.',
  /**
   * Why a change was not made, by the server's code (components/accounts/failure.ts); a form that
   * knows what a code means where it stands says so in its own words instead.
   */
  failure: {
    bad_request: 'Not saved: the server did not accept what was entered. Check it and try again.',
    unauthorized: 'Not saved: your session has ended. Sign in again.',
    forbidden: 'Not saved: your role in this store may not do that.',
    not_found: 'Not saved: it is no longer there. Reload the page.',
    conflict: 'Not saved: it clashes with what is there already. Reload the page to see the latest.',
    expired: 'Not saved: it has expired.',
    /** 429, with the server's wait in whole minutes. */
    rate_limited: (minutes: number) => `Too many attempts. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
    unavailable: 'Not saved: the server is busy right now. Try again in a moment.',
    network: 'Not saved: cannot reach the server. Try again.',
    server: 'Not saved: something went wrong on the server. Try again.',
    /** A code the inbox has no words for: the server's own sentence follows, marked as English. */
    unknown: 'Not saved. The server said:',
  },
  store: {
    title: 'Store',
    details: 'Store details',
    name: 'Store name',
    nameMissing: "Enter the store's name.",
    saveName: 'Save name',
    saved: 'Saved.',
    siteKey: 'Site key',
    siteKeyHint: 'Public: it names your store to the chat on your pages.',
    install: 'Put the chat on your store',
    scriptTag: 'Script tag',
    scriptTagHint: 'Paste it before </body> on every page of your store.',
    npm: 'npm',
    npmHint: 'For a store built with a bundler (Vite, webpack, Next.js).',
    copySiteKey: 'the site key',
    copyScriptTag: 'the script tag',
    copyNpm: 'the npm lines',
    origins: 'Allowed origins',
    originsHint: 'The chat opens only on pages from these origins: scheme://host[:port], like https://shop.example.',
    noOrigins: "No origins yet: the chat opens on no page until you add your store's.",
    addOrigin: 'Add an origin',
    originExample: 'https://shop.example',
    add: 'Add',
    remove: 'Remove',
    /** Read after "Remove" on each origin's button. */
    removeWhich: (origin: string) => ` ${origin}`,
    originTwice: (origin: string) => `"${origin}" is in the list already.`,
    /** Refused by the protocol's origin rule, before anything is sent. */
    originBad: (origin: string) =>
      `"${origin}" is not an origin the chat can use. Write scheme://host[:port] in lower case, like https://shop.example, with no path and no slash at the end.`,
    originMissing: 'Enter an origin, like https://shop.example.',
    added: (origin: string) => `Added ${origin}.`,
    removed: (origin: string) => `Removed ${origin}.`,
    secret: 'Identity secret',
    secretHint:
      "Your store's server signs each signed-in shopper's user id with this secret (HMAC-SHA256 of the user id) and passes it to identify. Never put it in page code.",
    reveal: 'Show the identity secret',
    revealing: 'Loading the secret…',
    copySecret: 'the identity secret',
    rotate: 'Rotate the secret',
    rotateQuestion:
      'Make a new identity secret? The old one stops working at once: shoppers signed in on your store are not recognised until its server signs with the new one.',
    rotateYes: 'Make a new secret',
    rotated: "A new identity secret is in place. Give it to your store's server.",
    danger: 'Danger zone',
    transfer: 'Transfer ownership',
    transferHint: 'The new owner can delete the store and transfer it again. You stay on the team as an admin.',
    newOwner: 'New owner',
    memberOption: (name: string, email: string) => `${name} (${email})`,
    noOneToTransfer: 'Invite someone to the team first: ownership goes to a member.',
    transferQuestion: (name: string, store: string) => `Make ${name} the owner of ${store}? You become an admin.`,
    transferYes: 'Transfer',
    transferred: (name: string) => `${name} owns the store now.`,
    delete: 'Delete the store',
    deleteHint: 'Deletes every conversation, answer and file of this store and signs its team out of it. This cannot be undone.',
    deleteConfirm: (name: string) => `Type the store's name, ${name}, to confirm`,
    deleteMismatch: (name: string) => `Type ${name} exactly as shown.`,
    deleteYes: 'Delete this store',
    deleting: 'Deleting…',
  },
  team: {
    title: 'Team',
    members: 'Members',
    you: '(you)',
    /** The role picker's label for one member. */
    roleOf: (name: string) => `Role of ${name}`,
    remove: 'Remove',
    removeWhich: (name: string) => ` ${name}`,
    removeQuestion: (name: string) => `Remove ${name} from the team? Their open inbox closes at once.`,
    removeYes: 'Remove',
    removed: (name: string) => `${name} was removed from the team.`,
    /** A 404 on a member's row: someone else removed them meanwhile. */
    memberGone: (name: string) => `${name} is no longer on the team. Reload the page.`,
    roleChanged: (name: string, role: string) => `${name}'s role is now ${role}.`,
    invite: 'Invite someone',
    inviteHint: 'They get a link to set a password and join.',
    email: 'Email',
    emailMissing: 'Enter their email address.',
    emailBad: (email: string) => `"${email}" is not an email address. Check it for a typo.`,
    onTeam: (email: string) => `${email} is on the team already.`,
    role: 'Role',
    roleHelp: {
      agent: 'Agent: answers conversations.',
      manager: 'Manager: also reads Insights and edits check-ins.',
      admin: 'Admin: also manages the team and the store.',
    },
    createLink: 'Create invitation link',
    /** The button once the server has said it emails invitations: it sends one, the link shown too. */
    sendInvite: 'Send invitation',
    linkFor: (email: string) => `Invitation link for ${email}`,
    /** Under the link when the server emailed it too. */
    linkEmailed: "It's here too, if you'd rather send it yourself.",
    /** Under the link when the server has no mail server set up, and only prints mail to its log. */
    linkByHand: 'This server sends no email: send the link to them yourself.',
    linkHint: 'It works once and expires in 48 hours.',
    copyLink: 'the invitation link',
    invited: (email: string) => `Invitation link ready for ${email}.`,
    emailed: (email: string) => `Invitation emailed to ${email}.`,
    pending: 'Pending invitations',
    noPending: 'No pending invitations.',
    expires: (when: string) => `expires ${when}`,
    revoke: 'Revoke',
    revokeWhich: (email: string) => ` the invitation for ${email}`,
    revoked: (email: string) => `The invitation for ${email} was revoked.`,
    /** A 404 on revoking: accepted, revoked by someone else, or replaced by a newer invitation. */
    inviteGone: (email: string) => `The invitation for ${email} is no longer pending: it was accepted, revoked or replaced. Reload the page.`,
  },
  /** A Thai voice, the store's (Store page) or one's own (Team page, Your account). */
  voice: {
    storeTitle: 'Thai voice of the chat',
    storeHint:
      'How the chat on your store ends its sentences in Thai. A Thai shop ends each sentence with a polite particle that also says who is speaking, or speaks without one.',
    ownTitle: 'Your Thai voice',
    ownHint: 'How the replies suggested to you in Thai conversations end their sentences. Yours alone, in every store; you can still edit each one.',
    female: 'ค่ะ / คะ',
    femaleHint: 'Female voice, as most Thai shops write (the default)',
    male: 'ครับ',
    maleHint: 'Male voice',
    neutral: 'No particle',
    neutralHint: 'Neutral: polite without a particle, for a shop that speaks as a team',
    /** Shown in each voice under its choice, so the owner sees what shoppers will read. */
    example: 'สวัสดีค่ะ มีอะไรให้ช่วยไหมคะ',
    save: 'Save voice',
    saved: 'Saved.',
  },
  /** One's own inbox language (issue 14), on the Team page under Your account. */
  language: {
    title: 'Language',
    hint: 'The language of your inbox, on every device you sign in on. Shoppers still get replies and suggestions in their own language.',
    /** The first choice, with the language the browser asks for now. */
    browser: (name: string) => `Your browser's language (now ${name})`,
    save: 'Save language',
    saved: 'Saved.',
  },
  account: {
    title: 'Your account',
    current: 'Current password',
    next: 'New password',
    nextHint: (min: number) => `At least ${min} characters.`,
    tooShort: (min: number) => `Use at least ${min} characters.`,
    currentMissing: 'Enter your current password.',
    wrongCurrent: 'That is not your current password.',
    change: 'Change password',
    changed: 'Your password is changed. Your other sessions were signed out.',
  },
  invite: {
    title: (store: string) => `Join ${store}`,
    checking: 'Checking your invitation…',
    as: (role: string, email: string) => `You are invited as ${role}, with ${email}.`,
    hasAccount: 'You have an Attune account already: enter its password to join.',
    email: 'Email',
    name: 'Your name',
    nameMissing: 'Enter your name.',
    password: 'Choose a password',
    existingPassword: 'Your password',
    passwordHint: (min: number) => `At least ${min} characters.`,
    tooShort: (min: number) => `Use at least ${min} characters.`,
    wrongPassword: 'That password is not right for this account.',
    /** A 400: the server refused the password (longer than it takes). */
    passwordRefused: 'This password cannot be used. Choose another one.',
    join: 'Join',
    joining: 'Joining…',
    noToken: 'This page opens from an invitation link. Ask the person who invited you for one.',
    not_found: 'This invitation link is not valid. Ask for a new one.',
    expired: 'This invitation link was used or has expired. Ask for a new one.',
    network: 'Cannot reach the server. Check your connection and try again.',
    server: 'Something went wrong on the server. Try again in a moment.',
    toSignIn: 'Go to sign in',
  },
} as const

/** The shape every locale's accounts catalog has. */
export type AccountMessages = Widen<typeof enAccounts>
