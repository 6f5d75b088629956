import type { ReactNode } from 'react';

/** One name–value pair of a definition list (<dl className="fields">) on an entry page. */
export function Field({ name, children }: { name: string; children: ReactNode }) {
  return (
    <>
      <dt>{name}</dt>
      <dd>{children}</dd>
    </>
  );
}
