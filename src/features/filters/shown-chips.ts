// Which locality chips the picker draws when there are more than it can show: every selected one first (so a
// selection is never out of reach), the unselected filling the rest, all in the list's own order (a chip does not
// jump when it is toggled).
export function shownChips<T extends { id: string }>(matching: readonly T[], selected: ReadonlySet<string>, max: number): T[] {
  if (matching.length <= max) return [...matching];
  const keep = new Set<string>();
  for (const item of matching) {
    if (keep.size >= max) break;
    if (selected.has(item.id)) keep.add(item.id);
  }
  for (const item of matching) {
    if (keep.size >= max) break;
    keep.add(item.id);
  }
  return matching.filter((item) => keep.has(item.id));
}
