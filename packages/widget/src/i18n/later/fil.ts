// The words a chat reaches later in Filipino (./en.ts says which and why).
import type { LaterWords } from './en.ts'

export const fil: LaterWords = {
  'checkin.after.question': 'Kumusta na po ang pakiramdam ninyo ngayon?',
  'checkin.during.question': 'Sa tingin n’yo po ba, naiintindihan namin ang kailangan ninyo?',
  'checkin.during.yes': 'Oo',
  'checkin.during.notYet': 'Hindi pa',
  'checkin.resolved.question': 'Naayos po ba ang concern ninyo?',
  'resolved.yes': 'Oo',
  'resolved.partly': 'Hindi pa lahat',
  'resolved.no': 'Hindi',
  'checkin.effort.question': 'Pinadali ng {store} ang pag-asikaso sa concern ko.',
  'checkin.effort.storeFallback': 'tindahan',
  'effort.1': 'Lubos na hindi sang-ayon',
  'effort.2': 'Hindi sang-ayon',
  'effort.3': 'Medyo hindi sang-ayon',
  'effort.4': 'Neutral',
  'effort.5': 'Medyo sang-ayon',
  'effort.6': 'Sang-ayon',
  'effort.7': 'Lubos na sang-ayon',
  'checkin.comment.label': 'May gusto pa po ba kayong sabihin sa amin? (opsyonal)',
  'checkin.thanks.understood': 'Salamat po! Buti at nagkakaintindihan tayo.',
  'checkin.thanks.notUnderstood': 'Salamat po sa pagsabi — naabisuhan na namin ang team.',
  'checkin.thanks.after': 'Salamat po sa feedback ninyo. Ingat po!',
  'checkin.follow_up.question': 'Tungkol po sa napag-usapan natin, kumusta na po ang pakiramdam ninyo ngayon?',
  'checkin.thanks.follow_up': 'Salamat po sa pagsabi sa amin. Nandito lang po kami kung may kailangan kayo.',
  'wait.notice':
    'Salamat po sa paghihintay — may sasagot po sa inyo mula sa team namin maya-maya lang. Puwede po muna kayong mag-browse; nandito lang kami.',
  'upload.sending': 'Ipinapadala ang {name}…',
  'upload.tooLarge': 'Masyadong malaki ang {name}. Hanggang {max} lang ang puwedeng ipadala.',
  'upload.wrongType': 'Hindi po puwedeng ipadala rito ang {name}. Photo, PDF o text file lang po ang puwede.',
  'upload.failed': 'Hindi naipadala ang {name}. Pakisubukan ulit.',
}
