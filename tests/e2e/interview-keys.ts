import type { Page } from 'playwright-core';

/** Presses keys one by one and counts them: the budget is ≤ 80 presses for a typical case. */
export class KeyCounter {
  count = 0;
  constructor(private readonly page: Page) {}
  async press(...keys: string[]) {
    for (const k of keys) {
      await this.page.keyboard.press(k);
      this.count++;
      await this.page.waitForTimeout(15); // let React render what an answer reveals
    }
  }
  /** Types text; every character is one press. */
  async type(text: string) {
    await this.press(...text.split(''));
  }
}

/**
 * A typical case (issue #4): 5 problem domains, 2 trajectories, 1 escalation row.
 * A1 and A11 are prefilled from the frame, so they take one Enter each.
 */
export async function answerTypicalCase(page: Page, keys: KeyCounter) {
  // A. Huishouden
  await keys.press('Enter'); // A1 prefilled (gezin)
  await keys.press('e'); // A2 eenoudergezin
  await keys.press('2', 'Enter'); // A3 two children
  await keys.press('u', 'j', 'n', 'v'); // A4 uitkering, A5 minima ja, A6 LVB nee, A7 GGZ vermoeden
  await keys.press('n', 'j'); // A8 no running intervention → A9 outreach ja
  await keys.press('a', 'Enter'); // A10 actief, A11 prefilled
  // B. Leefgebieden: financiën improved (ja), dagbesteding improved (deels), huiselijke relaties same,
  // opvoeding improved (nee: done by others), geestelijke gezondheid same; the 8 other domains without a
  // problem: two answered one by one, the other six with the rest key ("overige leefgebieden: geen probleem").
  await keys.press('j', 'n', 'j'); // financien
  await keys.press('n'); // werk_opleiding
  await keys.press('j', 'n', 'd'); // dagbesteding
  await keys.press('n'); // huisvesting
  await keys.press('j', 'j'); // huiselijke_relaties
  await keys.press('j', 'n', 'n'); // opvoeding
  await keys.press('j', 'j'); // geestelijke_gezondheid
  await keys.press('r'); // the other six: rest key → focus on B2
  await keys.press('n'); // B2 not self-reliant
  // C. Trajecten: a professional extra trajectory and a substitution by the own network.
  await keys.press('Enter'); // add row
  await keys.press('i', 'Enter'); // type: Individuele begeleiding
  await keys.press('p', 'i', 'n'); // professional, ingezet, old way: nee → prof_extra
  await keys.press('Enter'); // add row
  await keys.press('h', 'h', 'Enter'); // type: Hulp uit eigen netwerk (second option starting with h)
  await keys.press('e', 'i', 'j'); // eigen kracht, ingezet, otherwise a professional: ja → substitutie
  await keys.press('h', 'Enter'); // vervangt: Hulp bij het huishouden
  await keys.press('Tab'); // on to the escalations
  // D. Escalaties: eviction prevented, for sure.
  await keys.press('v', 'z');
  await keys.type('huur');
  await keys.press('Enter');
  await keys.press('r'); // other five: "geen (andere) escalaties aan de orde" → focus on E1
  // E. Tijd
  await keys.press('1', '4', 'Enter'); // E1 14 hours
  await keys.press('j'); // E2 second caseworker
  await keys.press('6', 'Enter'); // E3 6 hours
  await keys.press('8', 'Enter'); // E4 8 months
  // F. Notitie: none. Finish.
  await keys.press('Control+Enter');
}
