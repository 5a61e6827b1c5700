import type { TimelineItem } from '../../agent.ts'
import { useCareMessages } from '../../i18n/care-context.ts'
import { Timeline, type TimelineProps } from '../Timeline.tsx'
import { withCareMarks, type CareMarks } from './marks.ts'

interface Props extends TimelineProps {
  items: readonly TimelineItem[]
  marks: CareMarks
  clock: (iso: string) => string
}

/** The conversation's timeline with agent care's marks (issue 16), once the care chunk is here. */
export function CareTimeline({ items, marks, clock, entries, ...rest }: Props) {
  const words = useCareMessages().marks
  return <Timeline {...rest} entries={withCareMarks(entries, items, marks, words, clock)} />
}
