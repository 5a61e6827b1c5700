// English, as shoppers write it in chat. Written for Attune (no NRC, no AFINN).
// Weight guide: ≥ 0.55 says "I am upset" on its own; 0.3–0.45 names a real problem;
// ≤ 0.25 is a hint that needs company. Applied to all Latin-script text (Taglish too).
import type { LexiconSource } from '../lexicon.ts'

export const en: LexiconSource = {
  lang: 'en',
  negative: {
    // feelings
    angry: 0.6, furious: 0.75, upset: 0.55, annoyed: 0.55, annoying: 0.5, frustrated: 0.6,
    frustrating: 0.55, disappointed: 0.55, disappointing: 0.5, 'fed up': 0.65, pissed: 0.7,
    mad: 0.45, 'sick of': 0.6, 'tired of': 0.5, hate: 0.55, worried: 0.3, stressed: 0.4,
    'lost my patience': 0.6, 'losing my patience': 0.6, 'i give up': 0.55, "i'm done": 0.5,
    // verdicts
    unacceptable: 0.65, ridiculous: 0.6, absurd: 0.5, outrageous: 0.6, terrible: 0.55,
    horrible: 0.55, awful: 0.55, worst: 0.6, useless: 0.55, pathetic: 0.6, disgusting: 0.6,
    'a joke': 0.45, rude: 0.5, incompetent: 0.6, unprofessional: 0.55, nightmare: 0.55,
    sucks: 0.5, bad: 0.35, poor: 0.3, mess: 0.35, 'waste of': 0.45, 'rip off': 0.55,
    ripoff: 0.55, scam: 0.6, scammed: 0.65, scammer: 0.65, fraud: 0.6, fake: 0.45, lied: 0.5,
    lying: 0.5, liar: 0.55, 'no excuse': 0.5, 'thanks for nothing': 0.6, 'kidding me': 0.5,
    'are you serious': 0.45, 'what is going on': 0.35, "what's going on": 0.35, 'nothing like': 0.35,
    'patient enough': 0.45, 'waste my time': 0.5, 'wasting my time': 0.5,
    // exclamations and swearing
    wtf: 0.65, 'what the hell': 0.6, 'the hell': 0.45, damn: 0.4, shit: 0.5, crap: 0.5,
    bullshit: 0.65, ugh: 0.4, smh: 0.4, seriously: 0.3, unbelievable: 0.35, 'come on': 0.35,
    // delivery and waiting
    late: 0.25, delayed: 0.25, 'too long': 0.35, 'taking forever': 0.5, forever: 0.3,
    ages: 0.3, slow: 0.3, 'still not': 0.35, "still haven't": 0.4, 'still waiting': 0.45,
    'still no': 0.35, "still don't": 0.35, "haven't received": 0.3, "hasn't arrived": 0.3,
    'never arrived': 0.45, 'never received': 0.45, 'never came': 0.45, 'not received': 0.3,
    'not arrived': 0.3, lost: 0.3, "it's been": 0.3, 'been waiting': 0.35, 'no update': 0.3,
    "hasn't updated": 0.3, "hasn't moved": 0.3, 'how long': 0.2, 'days ago': 0.2, 'weeks ago': 0.3,
    // the goods and the money
    broken: 0.4, damaged: 0.4, defective: 0.4, cracked: 0.35, wrong: 0.3, missing: 0.3,
    'charged twice': 0.45, 'double charged': 0.45, overcharged: 0.45, 'not as described': 0.45,
    'not what i ordered': 0.45, problem: 0.15,
    // being ignored, being made to repeat
    ignored: 0.5, ignoring: 0.5, 'no one': 0.25, nobody: 0.25, 'no response': 0.4,
    'no reply': 0.4, 'no answer': 0.35, 'not answering': 0.45, 'not replying': 0.45,
    'how many times': 0.5, 'third time': 0.45, 'once again': 0.3, 'again and again': 0.45,
    'already told': 0.4, 'already asked': 0.35, 'for the last time': 0.5, 'anyone there': 0.3,
    // threats of leaving and telling others (seeds 000/001: unhappy customers tell others)
    complaint: 0.45, complain: 0.45, 'never again': 0.55, 'ever again': 0.5, 'never buying': 0.55,
    'never order': 0.5, 'bad review': 0.55, '1 star': 0.5, 'one star': 0.5, 'report you': 0.55,
    lawyer: 0.6, 'consumer protection': 0.55, chargeback: 0.5, dispute: 0.4,
  },
  positive: {
    thanks: 0.35, 'thank you': 0.4, thx: 0.3, ty: 0.3, tysm: 0.45, appreciate: 0.4,
    appreciated: 0.4, great: 0.35, awesome: 0.4, amazing: 0.4, perfect: 0.4, love: 0.45,
    loved: 0.45, lovely: 0.4, happy: 0.45, glad: 0.4, satisfied: 0.45, pleased: 0.4,
    helpful: 0.4, nice: 0.3, good: 0.25, excellent: 0.45, fantastic: 0.45, wonderful: 0.45,
    beautiful: 0.35, cute: 0.3, cool: 0.2, fast: 0.25, quick: 0.2, 'no problem': 0.3,
    'no worries': 0.35, 'sounds good': 0.3, 'all good': 0.35, resolved: 0.35,
    'works now': 0.35, 'got it': 0.2, 'the best': 0.45, recommend: 0.35, 'well done': 0.4,
    'you rock': 0.45, sweet: 0.25, yay: 0.4, excited: 0.35, 'fair enough': 0.25, fine: 0.15,
  },
  escalation: {
    manager: 0.5, supervisor: 0.5, 'real person': 0.5, 'real human': 0.5, 'a human': 0.45,
    'human being': 0.45, 'actual person': 0.5, 'speak to someone': 0.4, 'talk to someone': 0.35,
    'your boss': 0.5, escalate: 0.5, 'a bot': 0.3, refund: 0.3, 'money back': 0.4, cancel: 0.25,
  },
  neutral: [
    'good morning', 'good afternoon', 'good evening', 'good day', 'no thanks', 'no thank you',
    'bad weather', 'not sure', 'not yet', 'no rush', 'no hurry', 'how long does',
    'how long will', 'how long is',
  ],
  negators: [
    'not', 'never', 'no', "don't", 'dont', "didn't", 'didnt', "isn't", 'isnt', "wasn't",
    "aren't", "doesn't", 'doesnt', "won't", "can't", 'cant', 'hardly', 'nothing', "ain't",
  ],
  fillers: ['very', 'so', 'really', 'too', 'that', 'quite', 'at', 'all', 'a', 'even', 'be', 'feel', 'feeling', 'look', 'very'],
  intensifiers: [
    'very', 'so', 'really', 'super', 'extremely', 'totally', 'absolutely', 'completely',
    'incredibly', 'fucking', 'freaking', 'damn', 'such', 'most', 'too',
  ],
}
