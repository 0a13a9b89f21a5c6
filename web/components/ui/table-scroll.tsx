import type { ReactNode } from 'react';

/**
 * A table wider than a phone scrolls sideways inside this box, never the page. It can take focus
 * so keyboard users can scroll it too; `label` tells screen readers what it holds. A figure, not a
 * landmark region: a page with several tables would list several landmarks of the same name.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable box must be reachable by keyboard (WCAG 2.1.1)
    <figure className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </figure>
  );
}
