import { useEffect, useRef } from 'preact/hooks'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'

/** The part of a uPlot instance the wrapper uses; tests pass a fake. */
interface PlotHandle {
  setSize(size: { width: number; height: number }): void
  destroy(): void
}

export type CreatePlot = (options: uPlot.Options, data: uPlot.AlignedData, target: HTMLElement) => PlotHandle | null

/** uPlot draws on a 2D canvas; without one (happy-dom, old engines) the table alternative stands alone. */
const createUPlot: CreatePlot = (options, data, target) => {
  const canvas = target.ownerDocument.createElement('canvas')
  if (typeof canvas.getContext !== 'function' || !canvas.getContext('2d')) return null
  return new uPlot(options, data, target)
}

interface Props {
  /** Options for a given width; the wrapper owns the size. */
  options(width: number, height: number): uPlot.Options
  data: uPlot.AlignedData
  height?: number
  create?: CreatePlot
}

/**
 * A thin uPlot wrapper: creates the plot in an effect, destroys it on unmount or when the data
 * change, and follows the container's width. The canvas is hidden from assistive technology;
 * each chart's caller renders a text summary and a table with the same numbers (WCAG 1.1.1).
 */
export function UPlotChart({ options, data, height = 240, create = createUPlot }: Props) {
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const target = ref.current
    if (!target) return
    const width = () => Math.max(280, target.clientWidth || 640)
    const plot = create(options(width(), height), data, target)
    if (!plot) return
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => plot.setSize({ width: width(), height })) : null
    observer?.observe(target)
    return () => {
      observer?.disconnect()
      plot.destroy()
    }
  }, [data, options, height, create])

  return <div class="chart" ref={ref} aria-hidden="true" />
}
