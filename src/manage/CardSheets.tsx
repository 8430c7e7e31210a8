import type { PrintedCard } from './issue-cards.ts';
import { PassCard } from './PassCard.tsx';

/** Cards per A4 sheet: 2 across, 4 down, each about 95 × 69 mm. */
const PER_SHEET = 8;

/** The cards laid out as A4 sheets, one page break after each sheet. */
export function CardSheets({ cards }: { cards: readonly PrintedCard[] }) {
  const sheets: PrintedCard[][] = [];
  for (let i = 0; i < cards.length; i += PER_SHEET) sheets.push(cards.slice(i, i + PER_SHEET));
  return (
    <div class="sheets" data-testid="card-sheets">
      {sheets.map((sheet) => (
        <section class="sheet" key={sheet[0]?.passId} data-testid="card-sheet">
          {sheet.map((c) => (
            <PassCard key={c.passId} card={c} />
          ))}
        </section>
      ))}
    </div>
  );
}
