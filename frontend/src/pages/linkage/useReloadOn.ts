import { useEffect, useRef } from "react";

/** Call `reload` whenever `key` changes after the first render (e.g. a live event). */
export function useReloadOn(key: number, reload: () => void): void {
  const reloadRef = useRef(reload);
  reloadRef.current = reload;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reloadRef.current();
  }, [key]);
}
