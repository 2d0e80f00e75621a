/**
 * Synthetic help articles for the build-scale benchmark: 600–1,200 words each, 4–7 sections
 * with sub-headings, bullet and numbered lists, links to other articles, and an island on one
 * article in twenty. Deterministic (seeded), so every run builds the same site.
 *
 * Words follow a Zipf distribution over a 30,000-word vocabulary: ~240 real words of the
 * site's subject at the top, then made-up words. A small vocabulary would make the search index
 * unrealistically small; real prose has a long tail of rare words.
 */
import { seededRandom } from '../lib/seeded-random.ts';

const SUBJECT_WORDS = `the of and to a in is you your for it that on with as be this are or your can not
document passport identity card photo verification check name date birth country address selfie face
camera light glare blur edge corner upload app account level review support rejected approved submit
details nationality residence expiry valid official exchange service security code step first again
before after during while when where which because every each page screen button form field letter
number order match spelling accent surname given middle family latin characters script translation
driving licence permit national residence back front side flat table window daylight shadow reflection
laminate hologram chip machine readable zone lines digits checksum month year format calendar time zone
phone tablet computer browser network connection session timeout retry wait hours days minutes email
message notification status pending processing manual automatic decision reason appeal ticket agent
chat help centre guide frequently asked question answer problem solution tip warning note example
person people user customer applicant holder owner parent child adult age eighteen minimum required
optional recommended allowed forbidden clear sharp bright dark visible hidden covered cropped whole
full partial complete incomplete correct wrong different same similar exact official original copy
scan screenshot print paper plastic digital physical real fake fraud scam phishing link domain login
password two factor authentication device trusted new old update version install store download`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = ['ka', 'ro', 'mi', 'te', 'lu', 'sa', 'no', 've', 'di', 'pa', 'zu', 'lo', 're', 'ti', 'ba', 'qu', 'en', 'or', 'ix', 'an'];
const VOCABULARY_SIZE = 30_000;

function buildVocabulary(): string[] {
  const words = [...new Set(SUBJECT_WORDS)];
  for (let index = 0; words.length < VOCABULARY_SIZE; index += 1) {
    let word = '';
    for (let rest = index; word.length < 4 || rest > 0; rest = Math.floor(rest / SYLLABLES.length)) {
      word += SYLLABLES[rest % SYLLABLES.length];
    }
    words.push(word);
  }
  return words;
}

const vocabulary = buildVocabulary();
/** Cumulative Zipf weights (s = 1) for sampling a word rank. */
const cumulative = (() => {
  const weights = vocabulary.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let running = 0;
  return weights.map((weight) => (running += weight / total));
})();

function pickWord(random: () => number): string {
  const target = random();
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return vocabulary[low]!;
}

const between = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

function sentence(random: () => number): string {
  const words = Array.from({ length: between(random, 8, 18) }, () => pickWord(random));
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function titleWords(random: () => number, count: number): string {
  const text = Array.from({ length: count }, () => pickWord(random)).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

export interface SyntheticArticle {
  /** File name inside the benchmark folder, e.g. `article-00042.mdx`. */
  fileName: string;
  text: string;
  words: number;
}

/**
 * Article `index` (0-based) of `total`. `islandImport` is the import path of the benchmark
 * island as seen from the article's folder.
 */
export function syntheticArticle(index: number, total: number, folder: string, islandImport: string): SyntheticArticle {
  const random = seededRandom(index + 1);
  const slug = (n: number) => `article-${String(n).padStart(5, '0')}`;
  const withIsland = index % 20 === 0;
  const targetWords = between(random, 600, 1_200);
  const lines: string[] = [
    '---',
    `title: "${titleWords(random, between(random, 3, 7))} (${index + 1})"`,
    `description: "${sentence(random).replaceAll('"', '')}"`,
    '---',
    '',
  ];
  if (withIsland) lines.push(`import ChecklistIsland from '${islandImport}';`, '');
  let words = 0;
  const paragraph = () => {
    const text = Array.from({ length: between(random, 2, 5) }, () => sentence(random)).join(' ');
    words += text.split(' ').length;
    lines.push(text, '');
  };
  paragraph();
  for (let section = 1; words < targetWords; section += 1) {
    lines.push(`## ${titleWords(random, between(random, 2, 5))}`, '');
    paragraph();
    if (section % 2 === 1) {
      for (let item = between(random, 3, 6); item > 0; item -= 1) lines.push(`- ${sentence(random)}`);
      lines.push('');
    } else {
      lines.push(`### ${titleWords(random, between(random, 2, 4))}`, '');
      for (let item = 1; item <= between(random, 3, 5); item += 1) lines.push(`${item}. ${sentence(random)}`);
      lines.push('');
    }
    paragraph();
    const other = slug(between(random, 0, total - 1));
    lines.push(`See also [${titleWords(random, 3).toLowerCase()}](/${folder}/${other}/) and the [FAQ](/faq/).`, '');
    if (withIsland && section === 2) {
      lines.push('<ChecklistIsland client:visible items={["Document in date", "Name as on the document", "Photo sharp"]} />', '');
    }
  }
  return { fileName: `${slug(index)}.mdx`, text: lines.join('\n'), words };
}
