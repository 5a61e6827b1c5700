// Arabizi: Arabic typed in Latin letters, with digits for the sounds Latin lacks (2 ء, 3 ع, 5 خ,
// 7 ح, 8 or 9 ق), as young shoppers in Egypt, the Levant and the Gulf chat ("mafish 7ad byrod",
// "sarli usbu3"). Written for Attune, beside ar.ts's Arabic script. Latin text is read with one
// lexicon (latin.ts), so these entries join it; most hold a digit or an Arabic spelling no English,
// Filipino, Indonesian or Malay word has. Writers spell freely (mafish, mafeesh), so the common
// spellings are each listed, as written once stretched letters are squeezed.
import type { LexiconSource } from '../source.ts'

type Weights = Record<string, number>
const weighted = (phrases: readonly string[], weight: number): Weights => Object.fromEntries(phrases.map((phrase) => [phrase, weight]))

/** "mafish 7ad byrod", "ma 7ada 3am yrod": nobody answers. */
const NOBODY_ANSWERS = [
  'mafish 7ad byrod',
  'mfish 7ad byrod',
  'ma7adesh byrod',
  'ma 7ad yrod',
  'ma7ad yrod',
  'wala 7ad yrod',
  'ma 7ada yrod',
  'ma7ada byrod',
  'ma 7ada 3am yrod',
]

/** "sarli usbu3", "ba2ali esbo3": a wait of a week or more, named, in the Gulf, Levant and Egypt. */
const WAITED = ['sarli', 'sarelli', 'sarlna', 'ba2ali', 'ba2aly', 'b2ali', 'ba2alna'].flatMap((since) =>
  ['usbu3', 'esbo3', 'esbu3', 'usbu3ein', 'esbo3en', 'shahr', 'shahrein'].map((span) => `${since} ${span}`),
)

/** Where is my order: "wein el talab", "fein el order". */
const WHERE_IS_IT = ['wein', 'wen', 'fein', 'fen'].flatMap((where) =>
  ['el talab', 'talabi', 'el order', 'el shi7na'].map((what) => `${where} ${what}`),
)

/** Broken, late, fake: told, or asked about ("law wesel maksour?"). */
const ASKABLE: Weights = {
  ...weighted(['maksour', 'maksoor', 'mksor', 'maksoura', 'bayez', 'bayza', 'ba2ez', 'kharban', '5arban'], 0.5),
  ...weighted(['t2a5or', 'ta25eer', 'mt2a5er', 'mit2a5ar', 'et2a5ar', 'ta2a5ar'], 0.4),
  ...weighted(['ta2leed', 'mo2alad'], 0.4),
  ...weighted(['esbo3en', 'usbu3ein'], 0.35),
}

export const arabizi: Pick<LexiconSource, 'negative' | 'escalation' | 'complaint' | 'abuse' | 'askable'> = {
  negative: {
    ...weighted(NOBODY_ANSWERS, 0.55),
    ...weighted(WAITED, 0.45),
    ...weighted(WHERE_IS_IT, 0.45),
    ...ASKABLE,
    // a farce, fed up, not on
    mas5ara: 0.55,
    mas5ra: 0.55,
    mos5ra: 0.55,
    zh2t: 0.5,
    zeh2t: 0.5,
    zehe2t: 0.5,
    zahe2t: 0.5,
    tafasht: 0.5,
    'mesh ma32ool': 0.45,
    'mish ma32ool': 0.45,
    'msh m32ol': 0.45,
    'mo ma3qool': 0.45,
    'mo m3qool': 0.45,
    '7aram 3aleikom': 0.55,
    '7aram 3alaikom': 0.55,
    '7aram 3lekom': 0.55,
    '3eib 3aleikom': 0.55,
    '3eib 3alekom': 0.55,
    '3ib 3lekom': 0.55,
    // not arrived, not working, until now
    mawsalsh: 0.45,
    mawsolsh: 0.45,
    mwsltsh: 0.45,
    'mesh shaghal': 0.5,
    'mish shaghal': 0.5,
    'msh shaghal': 0.5,
    'mo shaghal': 0.5,
    'le7ad delwa2ty': 0.35,
    'le7ad delwa2ti': 0.35,
    'l7d dlw2ty': 0.35,
    'la7ad hal2a': 0.35,
    lil7een: 0.3,
    lel7in: 0.3,
    mstany: 0.3,
    mestanni: 0.3,
    mistanni: 0.3,
    // what is going on; no use
    'shu 3am ysir': 0.45,
    'shu 3am yseer': 0.45,
    'eh elly by7sal': 0.45,
    'eh elly bi7sal': 0.45,
    'mafish fayda': 0.5,
    'ma fi fayde': 0.5,
    'mafi fayda': 0.5,
    'malhash lazma': 0.5,
    'malosh lazma': 0.5,
    // lies and cheats
    kazabeen: 0.65,
    kadabin: 0.65,
    nasabin: 0.7,
    nassabin: 0.7,
    '7aramiya': 0.7,
    '7aramia': 0.7,
  },
  escalation: {
    'abi flosi': 0.55,
    'abgha flosi': 0.55,
    '3ayez flousy': 0.55,
    '3ayez flosy': 0.55,
    'baddi masari': 0.55,
    'bdi masari': 0.55,
  },
  complaint: {
    hashtkeekom: 0.6,
    bashtki: 0.55,
    'ra7 ashtki': 0.55,
    '7ashtki': 0.55,
    hafda7kom: 0.65,
    bafda7kom: 0.65,
    'wezaret el tegara': 0.6,
    'wizarat al tijara': 0.6,
    '7emayet el mostahlek': 0.6,
    '7imayat al mustahlik': 0.6,
  },
  abuse: {
    '7mar': 0.65,
    '7umar': 0.7,
    '7ameer': 0.7,
    aghbiya: 0.7,
    a8biya: 0.7,
    '7ayawan': 0.7,
    '7ayawanat': 0.75,
    mot5alef: 0.65,
    mt5lfeen: 0.7,
  },
  askable: Object.keys(ASKABLE),
}
