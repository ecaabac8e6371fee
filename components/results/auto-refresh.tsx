'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/** The results follow the interviews: re-render from the server every few seconds while the page is visible. */
export function AutoRefresh({ seconds = 10 }: { seconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    const t = setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, seconds * 1000);
    return () => clearInterval(t);
  }, [router, seconds]);
  return null;
}
