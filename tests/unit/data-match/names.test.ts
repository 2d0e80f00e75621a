import { describe, expect, it } from 'vitest';
import { compareNames, type NameParts } from '../../../src/checkers/data-match/names.ts';

type Case = [label: string, account: NameParts, document: NameParts, expected: string[]];

const n = (givenNames: string, surname: string): NameParts => ({ givenNames, surname });

/** `kind@field` of every finding, in order. */
function kinds(account: NameParts, document: NameParts, documentFromMrz = false): string[] {
  return compareNames(account, document, { documentFromMrz }).map((finding) => `${finding.kind}@${finding.field}`);
}

describe('names: identical and near-identical', () => {
  const cases: Case[] = [
    ['identical', n('Anna Maria', 'Eriksson'), n('Anna Maria', 'Eriksson'), []],
    ['surrounding spaces are ignored', n(' Anna ', 'Eriksson '), n('Anna', 'Eriksson'), []],
    ['capitals only (passport prints capitals)', n('Anna', 'Eriksson'), n('ANNA', 'ERIKSSON'), ['case-spacing@givenNames', 'case-spacing@surname']],
    ['double space', n('Anna  Maria', 'Eriksson'), n('Anna Maria', 'Eriksson'), ['case-spacing@givenNames']],
    ['hyphen vs space (French)', n('Jean Pierre', 'Dupont'), n('Jean-Pierre', 'Dupont'), ['case-spacing@givenNames']],
    ['Korean given name with and without hyphen', n('Minjun', 'Kim'), n('Min-jun', 'KIM'), ['case-spacing@givenNames', 'case-spacing@surname']],
    ['apostrophe dropped (Irish)', n('Sean', 'OBrien'), n('Sean', "O'Brien"), ['case-spacing@surname']],
    ['typographic apostrophe', n('Sean', 'O’Brien'), n('Sean', "O'Brien"), ['case-spacing@surname']],
    ['Uzbek ʻokina-style apostrophe (U+02BB)', n('Oʻktam', 'Gʻulomov'), n("O'ktam", "G'ulomov"), ['case-spacing@givenNames', 'case-spacing@surname']],
    ['a no-break space pasted from a web page', n('Anne\u00A0Marie', 'Dupont'), n('Anne Marie', 'Dupont'), []],
    ['Romanian ș and ț typed with a cedilla', n('Ştefan', 'Ţurcanu'), n('Ștefan', 'Țurcanu'), ['case-spacing@givenNames', 'case-spacing@surname']],
    ['fullwidth hyphen and minus sign', n('Anne－Marie', 'Dupont−Roux'), n('Anne-Marie', 'Dupont-Roux'), ['case-spacing@givenNames', 'case-spacing@surname']],
    ['Dutch particle capitalised', n('Jan', 'Van Der Berg'), n('Jan', 'van der Berg'), ['case-spacing@surname']],
    ['Dutch particle written together', n('Jan', 'Vanderberg'), n('Jan', 'van der Berg'), ['case-spacing@surname']],
    ['Arabic particle al- with space', n('Omar', 'Al Rashid'), n('Omar', 'al-Rashid'), ['case-spacing@surname']],
    ['Italian particle written together', n('Marco', 'Dangelo'), n('Marco', "D'Angelo"), ['case-spacing@surname']],
    ['Turkish dotless ı in capitals', n('Aslı', 'Işık'), n('ASLI', 'IŞIK'), ['case-spacing@givenNames', 'case-spacing@surname']],
    ['Turkish dotted İ in capitals', n('İpek', 'Yılmaz'), n('İPEK', 'YILMAZ'), ['case-spacing@givenNames', 'case-spacing@surname']],
    ['Turkish lower-case i vs capital İ', n('ipek', 'Yilmaz'), n('İPEK', 'YILMAZ'), ['case-spacing@givenNames', 'case-spacing@surname']],
    ['decomposed and composed accents are the same text', n('Jose\u0301', 'García'), n('José', 'García'), []],
    ['Chinese characters identical', n('伟', '张'), n('伟', '张'), []],
  ];
  it.each(cases)('%s', (_label, account, document, expected) => {
    expect(kinds(account, document)).toEqual(expected);
  });
});

describe('names: accents and special letters', () => {
  const cases: Case[] = [
    ['Spanish accent dropped', n('José', 'García'), n('JOSE', 'GARCIA'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Spanish ñ', n('Iñigo', 'Muñoz'), n('Inigo', 'Munoz'), ['diacritics@givenNames', 'diacritics@surname']],
    ['German ü plain', n('Jürgen', 'Müller'), n('Jurgen', 'Muller'), ['diacritics@givenNames', 'diacritics@surname']],
    ['German ü as ICAO UE', n('Jürgen', 'Müller'), n('JUERGEN', 'MUELLER'), ['diacritics@givenNames', 'diacritics@surname']],
    ['German ß as SS', n('Hans', 'Groß'), n('Hans', 'GROSS'), ['diacritics@surname']],
    ['German capital ẞ', n('Hans', 'Groß'), n('Hans', 'GROẞ'), ['case-spacing@surname']],
    ['Danish ø as OE', n('Søren', 'Øster'), n('Soeren', 'Oester'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Danish ø as O', n('Søren', 'Øster'), n('Soren', 'Oster'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Swedish å as AA (ICAO)', n('Åsa', 'Ström'), n('AASA', 'STROEM'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Norwegian æ', n('Ærlig', 'Dæhlie'), n('AERLIG', 'DAEHLIE'), ['diacritics@givenNames', 'diacritics@surname']],
    ['French œ', n('Cœur', 'Lefèvre'), n('COEUR', 'LEFEVRE'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Polish ł', n('Łukasz', 'Wałęsa'), n('LUKASZ', 'WALESA'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Serbian đ as DJ, Croatian đ as D', n('Đorđe', 'Đukić'), n('DJORDJE', 'DUKIC'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Icelandic þ and ð', n('Þóra', 'Guðmundsdóttir'), n('THORA', 'GUDMUNDSDOTTIR'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Vietnamese tones and đ', n('Thị Minh Khai', 'Nguyễn'), n('THI MINH KHAI', 'NGUYEN'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Vietnamese Đặng', n('Văn Đức', 'Đặng'), n('VAN DUC', 'DANG'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Turkish ş and ğ', n('Ayşe', 'Doğan'), n('AYSE', 'DOGAN'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Turkish ı typed as i', n('Aslı', 'Kaya'), n('Asli', 'Kaya'), ['diacritics@givenNames']],
    ['Czech háček', n('Jiří', 'Dvořák'), n('JIRI', 'DVORAK'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Portuguese ã and ç', n('João', 'Conceição'), n('JOAO', 'CONCEICAO'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Romanian ș and ț', n('Ștefan', 'Țurcanu'), n('STEFAN', 'TURCANU'), ['diacritics@givenNames', 'diacritics@surname']],
    ['accents and hyphen together', n('Jose Maria', 'Garcia'), n('José-María', 'García'), ['diacritics@givenNames', 'diacritics@surname']],
    ['Muller vs Mueller without any umlaut is a spelling difference', n('Hans', 'Muller'), n('Hans', 'Mueller'), ['spelling@surname']],
  ];
  it.each(cases)('%s', (_label, account, document, expected) => {
    expect(kinds(account, document)).toEqual(expected);
  });

  it('names read from the MRZ are compared as transliterations (ICAO 9303 Part 3)', () => {
    expect(kinds(n('Jürgen', 'Müller'), n('JUERGEN', 'MUELLER'), true)).toEqual([
      'mrz-transliteration@givenNames',
      'mrz-transliteration@surname',
    ]);
  });
});

describe('names: order, middle names, compound surnames', () => {
  const cases: Case[] = [
    ['Chinese: family name typed as given name', n('Zhang', 'Wei'), n('WEI', 'ZHANG'), ['swapped@surname']],
    ['Korean: swapped, hyphen differs too', n('Kim', 'Min Jun'), n('MIN-JUN', 'KIM'), ['swapped@surname']],
    ['Hungarian: family name first, swapped', n('Nagy', 'Péter'), n('Péter', 'Nagy'), ['swapped@surname']],
    ['Japanese: swapped with accents dropped', n('Sato', 'Yūki'), n('Yuki', 'Satō'), ['swapped@surname']],
    ['Vietnamese: middle name moved into the surname', n('Minh Khai', 'Nguyen Thi'), n('Thi Minh Khai', 'Nguyen'), ['split@givenNames']],
    ['Spanish: second surname in the given names', n('Gabriel García', 'Márquez'), n('Gabriel', 'García Márquez'), ['split@givenNames']],
    ['whole name in the surname field', n('', 'Anna Eriksson'), n('Anna', 'Eriksson'), ['split@surname']],
    ['one name in different fields (mononym)', n('Sukarno', ''), n('', 'Sukarno'), ['split@surname']],
    ['given names in another order', n('Maria Anna', 'Eriksson'), n('Anna Maria', 'Eriksson'), ['split@givenNames']],
    ['middle name missing from the account', n('Anna', 'Eriksson'), n('Anna Maria', 'Eriksson'), ['middle-name@givenNames']],
    ['extra given name in the account', n('Anna Maria', 'Eriksson'), n('Anna', 'Eriksson'), ['middle-name@givenNames']],
    ['middle name abbreviated', n('John F.', 'Kennedy'), n('John Fitzgerald', 'Kennedy'), ['middle-initial@givenNames']],
    ['Spanish: second surname missing', n('Gabriel', 'García'), n('Gabriel', 'García Márquez'), ['surname-part@surname']],
    ['Portuguese: compound surname with particle, accent dropped', n('Joao', 'Silva'), n('João', 'da Silva Santos'), ['diacritics@givenNames', 'surname-part@surname']],
    ['Dutch: particle dropped', n('Jan', 'Berg'), n('Jan', 'van der Berg'), ['surname-part@surname']],
    ['Arabic: particle dropped', n('Omar', 'Rashid'), n('Omar', 'al-Rashid'), ['surname-part@surname']],
    ['German: double-barrelled surname, one part', n('Anna', 'Schmidt'), n('Anna', 'Müller-Schmidt'), ['surname-part@surname']],
    ['plain misspelling', n('Jonathan', 'Smith'), n('Johnathan', 'Smith'), ['spelling@givenNames']],
    ['different surname', n('Anna', 'Eriksson'), n('Anna', 'Svensson'), ['spelling@surname']],
    ['Cyrillic in the account, Latin on the document', n('Юлия', 'Иванова'), n('IULIIA', 'IVANOVA'), ['script@givenNames', 'script@surname']],
    ['Arabic script vs Latin', n('محمد', 'Ali'), n('MOHAMMED', 'ALI'), ['script@givenNames', 'case-spacing@surname']],
  ];
  it.each(cases)('%s', (_label, account, document, expected) => {
    expect(kinds(account, document)).toEqual(expected);
  });
});

describe('names: input no document contains', () => {
  const cases: Case[] = [
    ['HTML in the account name', n('<script>alert(1)</script>', 'Smith'), n('John', 'Smith'), ['invalid-characters@givenNames']],
    ['emoji on the document side', n('Anna', 'Eriksson'), n('Anna 😀', 'Eriksson'), ['invalid-characters@document.givenNames']],
    ['digits', n('Anna2', 'Eriksson'), n('Anna', 'Eriksson'), ['invalid-characters@givenNames']],
    ['10,000 characters', n('a'.repeat(10_000), 'Eriksson'), n('Anna', 'Eriksson'), ['too-long@givenNames']],
    ['right-to-left override character', n('Anna\u202E', 'Eriksson'), n('Anna', 'Eriksson'), ['case-spacing@givenNames']],
    ['Hebrew on both sides, identical', n('דוד', 'כהן'), n('דוד', 'כהן'), []],
  ];
  it.each(cases)('%s', (_label, account, document, expected) => {
    expect(kinds(account, document)).toEqual(expected);
  });

  it('marks the characters that cannot be in a name', () => {
    const [finding] = compareNames(n('Anna<b>', 'X'), n('Anna', 'X'));
    const highlight = finding?.highlight?.account;
    expect(highlight?.ranges.map(({ start, end }) => highlight.text.slice(start, end))).toEqual(['<', '>']);
  });
});

describe('names: highlighted characters', () => {
  const marked = (account: NameParts, document: NameParts) => {
    const [finding] = compareNames(account, document);
    const pick = (text?: { text: string; ranges: { start: number; end: number }[] }) =>
      text?.ranges.map(({ start, end }) => text.text.slice(start, end)) ?? [];
    return [pick(finding?.highlight?.account), pick(finding?.highlight?.document)];
  };

  it('marks only the accented letter, not case differences', () => {
    expect(marked(n('José', 'X'), n('JOSE', 'X'))).toEqual([['é'], ['E']]);
  });
  it('marks the middle name that is missing', () => {
    expect(marked(n('Anna', 'X'), n('Anna Maria', 'X'))).toEqual([[], [' Maria']]);
  });
  it('marks a misspelt letter', () => {
    expect(marked(n('Jonathan', 'X'), n('Johnathan', 'X'))).toEqual([[], ['h']]);
  });
  it('marks letters outside the Basic Multilingual Plane without splitting them', () => {
    const [finding] = compareNames(n('𝒜nna', 'X'), n('Anna', 'X'));
    expect(finding?.highlight?.account?.ranges).toEqual([{ start: 0, end: 2 }]);
  });
});

describe('names: what case-spacing notes mark', () => {
  it('marks spacing and punctuation, not capitals', () => {
    const [caseOnly] = compareNames(n('Anna', 'X'), n('ANNA', 'X'));
    expect(caseOnly?.highlight?.document?.ranges).toEqual([]);
    const [hyphen] = compareNames(n('Jean Pierre', 'X'), n('JEAN-PIERRE', 'X'));
    expect(hyphen?.highlight?.document?.ranges).toEqual([{ start: 4, end: 5 }]);
  });
});
