/**
 * Sequencing for pages that show a cheap first screen before an expensive full read.
 */
import { useEffect, useState } from 'react';

/**
 * False until `ready` has been true for one painted frame, then true for good. A page
 * starts its full read only then, so that read (and deserialising its result on the main
 * thread) cannot delay the frame that shows the first rows.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted || !ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // requestAnimationFrame runs before the paint; the timeout after it runs once the frame is out.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
