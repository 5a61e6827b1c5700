import { useEffect, useRef, useState } from 'preact/hooks'
import type { InboxMessages } from '../i18n/en.ts'
import { attachedCount, failed, progressed, removed, started, uploaded, type DraftFile } from '../lib/draft-files.ts'
import { checkFile } from '../lib/upload-limits.ts'
import type { UploadFile } from '../session/uploads.ts'

export interface DraftFiles {
  list: DraftFile[]
  /** Why the latest files were not attached, in words, for the alert region. */
  problems: string[]
  add(files: readonly File[]): void
  remove(key: string): void
  /** After sending: the sent files go; failed ones stay until removed, so none vanish unseen. */
  clearSent(): void
}

/** The reply's files: checked against the limits, uploaded at once, progress tracked. */
export function useDraftFiles(upload: UploadFile | undefined, t: InboxMessages['composer']['refused']): DraftFiles {
  const [list, setList] = useState<DraftFile[]>([])
  const [problems, setProblems] = useState<string[]>([])
  const latest = useRef(list)
  latest.current = list
  const dropped = useRef(new Set<string>())
  const nextKey = useRef(0)
  const live = useRef(true)
  useEffect(
    () => () => {
      live.current = false
    },
    [],
  )

  function add(files: readonly File[]) {
    if (!upload) return
    const refusals: string[] = []
    let count = attachedCount(latest.current)
    for (const file of files) {
      const refusal = checkFile(file, count)
      if (refusal) {
        refusals.push(t[refusal](file.name))
        continue
      }
      count++
      const key = `file-${++nextKey.current}`
      setList((l) => started(l, key, file))
      void upload(file, (fraction) => {
        if (live.current) setList((l) => progressed(l, key, fraction))
      }).then((result) => {
        // A file removed meanwhile is forgotten, whatever the server answered.
        if (!live.current || dropped.current.has(key)) return
        if (result.ok) return setList((l) => uploaded(l, key, result.attachment))
        setList((l) => failed(l, key, result.reason))
        setProblems((p) => [...p, t[result.reason](file.name)])
      })
    }
    setProblems(refusals)
  }

  return {
    list,
    problems,
    add,
    remove(key) {
      dropped.current.add(key)
      setList((l) => removed(l, key))
    },
    clearSent() {
      setList((l) => l.filter((f) => f.status === 'failed'))
      setProblems([])
    },
  }
}
