// A toggle chip: a colour swatch, a name and a small badge; pressed when selected.
interface ChipProps {
  label: string;
  badge?: string;
  colour?: string;
  pressed: boolean;
  onToggle: () => void;
  title?: string;
}

export function Chip({ label, badge, colour, pressed, onToggle, title }: ChipProps) {
  return (
    <button type="button" className="chip" aria-pressed={pressed} onClick={onToggle} title={title}>
      {colour ? <span className="chip__swatch" style={{ background: colour }} aria-hidden="true" /> : null}
      <span className="chip__label">{label}</span>
      {badge ? <span className="chip__badge">{badge}</span> : null}
    </button>
  );
}
