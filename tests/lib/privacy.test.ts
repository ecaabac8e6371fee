import { describe, expect, it } from 'vitest';
import { containsBsnLike, containsEmail, containsPhone, isBsn } from '@/lib/privacy/detectors';

describe('isBsn', () => {
  it.each([
    ['111222333', true], // 9+8+7+12+10+8+9+6-3 = 66
    ['123456782', true],
    ['012345672', true], // a leading zero is part of the 9 digits
    [' 111222333 ', true], // surrounding whitespace from a spreadsheet cell
    ['111222334', false], // fails the 11-check
    ['123456789', false],
    ['000000000', false], // passes the arithmetic but is not a number anyone has
    ['12345672', false], // 8 digits are not padded to 012345672
    ['1112223330', false],
    ['11122233a', false],
    ['111 222 333', false], // a cell value must be exactly 9 digits
    ['', false],
  ])('isBsn(%j) = %s', (value, expected) => {
    expect(isBsn(value)).toBe(expected);
  });

  it('accepts numeric cells but never pads them', () => {
    expect(isBsn(111222333)).toBe(true);
    expect(isBsn(12345672)).toBe(false);
    expect(isBsn(111222333.5)).toBe(false);
  });
});

describe('containsBsnLike', () => {
  it.each([
    'BSN 111222333 bekend bij de gemeente',
    'nummer: 1112.22.333',
    'nummer 111 222 333',
    'nummer 111-222-333.',
    '(111222333)',
    'nummers 1, 111222333', // a comma and a space separate a list, not a decimal fraction
  ])('finds a valid BSN in %j', (text) => {
    expect(containsBsnLike(text)).toBe(true);
  });

  it.each([
    'nummer 111222334 klopt niet', // fails the 11-check
    'dossier 1111222333', // 10 digits: not a BSN
    'bedrag € 1.234.567,89',
    'sinds 12-03-2019, 3 kinderen',
    'factor 0,111222333', // the digits after a decimal comma are a fraction, though 111222333 passes the 11-check
    'bedrag € 12,111222333',
    '',
  ])('accepts %j', (text) => {
    expect(containsBsnLike(text)).toBe(false);
  });
});

describe('containsEmail', () => {
  it('finds e-mail addresses', () => {
    expect(containsEmail('mail naar jan@example.nl graag')).toBe(true);
    expect(containsEmail('J.de.Vries@gemeente.groningen.nl')).toBe(true);
  });

  it('accepts text without an address', () => {
    expect(containsEmail('overleg met @wijkagent en de school')).toBe(false);
    expect(containsEmail('a@b')).toBe(false);
  });
});

describe('containsPhone', () => {
  it.each([
    '06-12345678',
    'bel 0612345678',
    '06 12345678',
    '06 - 1234 5678',
    '+31 6 12345678',
    '+31612345678',
    '0031 6 12345678',
    '+31 (0)6 12345678',
    '050-1234567',
    '(050) 1234567',
    '0591-123456',
    'tel. 020 123 4567.',
  ])('finds a phone number in %j', (text) => {
    expect(containsPhone(text)).toBe(true);
  });

  it.each([
    'periode 2018-2019',
    'sinds 12-03-2019',
    'dossier 12345',
    'prijs € 7.250',
    '111222333',
    '1234567890', // 10 digits without the trunk zero
    '0012345678', // 00 is an international prefix, not a Dutch number
    '3 kinderen, 15 uur',
  ])('accepts %j', (text) => {
    expect(containsPhone(text)).toBe(false);
  });
});
