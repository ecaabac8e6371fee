/** Short Dutch names of the input keys shown on effect cards (the results page has the long ones). */
const FIXED: Record<string, string> = {
  trajecten_per_hh: 'trajecten per hh',
  prof_dw_per_hh: 'professioneel doorlopend per hh',
  prof_extra_per_hh: 'extra zorg per hh',
  team_per_hh: 'door team per hh',
  substitutie_per_hh: 'substitutie per hh',
  meer_op_maat_per_hh: 'meer op maat per hh',
  informeel_aanvullend_per_hh: 'informeel aanvullend per hh',
  newly_found_share: 'aandeel nieuw gevonden',
  outreach_share: 'aandeel outreachend gevonden',
  hours_own_per_hh: 'uren teamlid per hh',
  hours_total_per_hh: 'uren totaal per hh',
  prevented_escalation_per_hh: 'voorkomen escalaties per hh',
};

export function inputKeyLabel(key: string): string {
  if (FIXED[key]) return FIXED[key];
  const [base, code] = key.split('.');
  const names: Record<string, string> = {
    net_improved: 'netto verbeterd',
    improved: 'verbeterd',
    problem_start: 'probleem aanvang',
    problem_now: 'probleem nu',
    prevented: 'voorkomen',
  };
  return `${names[base] ?? base} ${code ?? ''}`.trim();
}
