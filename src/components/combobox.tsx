// A text box that finds one item among thousands (the WAI-ARIA combobox with a list box): typing narrows the list,
// the arrow keys move through it, Enter or a click chooses, Escape or leaving puts back the chosen item's text.
// Only the matches shown are rendered: a drop-down of every locality would be thousands of options to build and
// scroll. What matches is the owner's search; the widget knows no data.
import { useEffect, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ComboboxMatches<T> {
  /** The matches to offer, best first. */
  shown: readonly T[];
  /** How many match in all (more than shown: the note says so). */
  total: number;
}

interface ComboboxProps<T> {
  id: string;
  /** The chosen item, as the box shows it while nobody types in it. */
  valueText: string;
  search: (query: string) => ComboboxMatches<T>;
  optionKey: (item: T) => string;
  renderOption: (item: T) => ReactNode;
  onChoose: (item: T) => void;
  /** The note under the list when `hidden` more match than it shows. */
  moreText: (hidden: number) => string;
  /** The note when nothing matches. */
  noneText: string;
  placeholder?: string;
}

export function Combobox<T>({ id, valueText, search, optionKey, renderOption, onChoose, moreText, noneText, placeholder }: ComboboxProps<T>) {
  const listId = useId();
  // null: nobody is typing, the box shows the chosen item; else what has been typed.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Searched when the text changes, not again as the pointer or the arrow keys move through the list.
  const matches = useMemo(() => (open ? search(query ?? '') : null), [open, query, search]);
  const shown = matches?.shown ?? [];
  const optionId = (index: number) => `${listId}-option-${index}`;

  // The active option stays in view as the arrow keys move through a list that scrolls.
  useEffect(() => {
    if (open) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(0);
  };
  const choose = (item: T) => {
    close();
    onChoose(item);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((index) => Math.max(0, Math.min(shown.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1))));
    } else if (event.key === 'Enter' && open && shown[active] !== undefined) {
      event.preventDefault();
      choose(shown[active]);
    } else if (event.key === 'Escape' && (open || query !== null)) {
      event.preventDefault();
      close();
    }
  };

  const hidden = matches ? matches.total - shown.length : 0;
  return (
    <div className="combobox">
      <input
        id={id}
        className="input combobox__input"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[active] !== undefined ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={query ?? valueText}
        onFocus={(event) => event.currentTarget.select()}
        onClick={() => setOpen(true)}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <div className="combobox__popup" hidden={!open}>
        <ul id={listId} role="listbox" className="combobox__list">
          {shown.map((item, index) => (
            <li
              key={optionKey(item)}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="combobox__option"
              // The box keeps the focus (its blur would close the list before the click lands).
              onPointerDown={(event) => event.preventDefault()}
              onPointerMove={() => setActive(index)}
              onClick={() => choose(item)}
            >
              {renderOption(item)}
            </li>
          ))}
        </ul>
        {matches && matches.total === 0 ? <p className="combobox__note">{noneText}</p> : null}
        {hidden > 0 ? <p className="combobox__note">{moreText(hidden)}</p> : null}
      </div>
    </div>
  );
}
