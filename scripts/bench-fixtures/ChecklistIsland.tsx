/**
 * Benchmark-only island: a small interactive checklist, standing in for the kind of React island
 * an article may carry. Synthetic benchmark articles import it; the site never does.
 */
import { useState } from 'react';

export default function ChecklistIsland({ items }: { items: readonly string[] }) {
  const [done, setDone] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number) =>
    setDone((previous) => {
      const next = new Set(previous);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  return (
    <fieldset>
      <legend>
        Ready: {done.size} of {items.length}
      </legend>
      {items.map((item, index) => (
        <label key={item} style={{ display: 'block' }}>
          <input type="checkbox" checked={done.has(index)} onChange={() => toggle(index)} /> {item}
        </label>
      ))}
    </fieldset>
  );
}
