// Pure: a title or subtitle edited for publication, and the card model that carries it to the screen and the exports.
import { cardTextAlternative, type CardModel } from '@/domain/card-model';
import { cleanEditedText } from '@/state/url-state';

export interface ChartEdits {
  /** null: the generated text. */
  title: string | null;
  subtitle: string | null;
}

/** What a field's text means for the URL: null (not edited) when blank or the same as the generated text. */
export function editedValue(draft: string, generated: string, max: number): string | null {
  const text = cleanEditedText(draft, max);
  const trimmed = text.trim();
  return trimmed === '' || trimmed === generated.trim() ? null : text;
}

/** The model with the edited title and subtitle: the screen card, the PNG, the SVG and the CSV all read it. */
export function withEdits(model: CardModel, edits: ChartEdits): CardModel {
  if (edits.title === null && edits.subtitle === null) return model;
  const edited = { ...model, title: edits.title?.trim() || model.title, subtitle: edits.subtitle?.trim() || model.subtitle };
  return { ...edited, textAlternative: cardTextAlternative(edited) };
}
