/**
 * The reminder shown beside free-text fields. Why: the server guard finds BSNs, e-mail addresses,
 * phone numbers, dates and addresses, but not names of people; only the user can leave those out.
 */
export const PRIVACY_REMINDER =
  'Geen persoonsgegevens: geen namen van cliënten of hun naasten, BSN, adressen, telefoonnummers, e-mailadressen of geboortedata.';
