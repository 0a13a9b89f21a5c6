import type { ReactNode } from 'react';

/** A meeting page section: a <section> labelled by its <h2> (id `${name}-heading`). */
export function MeetingSection({
  name,
  title,
  className,
  children,
}: {
  name: string;
  title: string;
  className?: string;
  children?: ReactNode;
}) {
  const headingId = `${name}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className={className ? `meeting__section ${className}` : 'meeting__section'}
    >
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** The section's rows as a plain list, or the empty text when there are none. */
export function PlainList<Row>({
  rows,
  empty,
  children,
}: {
  rows: readonly Row[];
  empty: string;
  children: (row: Row) => ReactNode;
}) {
  if (rows.length === 0) return <p>{empty}</p>;
  return <ul className="plain-list">{rows.map(children)}</ul>;
}
