'use client';

import { useEffect, useRef } from 'react';
import type { ReactElement, ReactNode } from 'react';

export interface FocusOnMountProps {
  className: string;
  children: ReactNode;
}

/**
 * Renders a `div` that takes focus once hydrated (used by the error summary,
 * as the NHS pattern asks). Without JavaScript it is an ordinary `div`.
 */
export function FocusOnMount({ className, children }: FocusOnMountProps): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className={className} tabIndex={-1}>
      {children}
    </div>
  );
}
