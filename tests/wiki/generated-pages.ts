import type { CorpusRevision } from './corpus';

/** A page with more links than one API answer returns (pllimit max is 500 without apihighlimits). */
export const largeIndexTitle = 'Grants:Index/Large';
export const largeIndexLinkCount = 520;

/** A category with more members than a typical cmlimit, for continuation tests. */
export const generatedIdeaCategory = 'Category:IdeaLab ideas';
export const generatedIdeaCount = 65;
export const generatedIdeaTitlePrefix = 'Grants:IdeaLab/Ideas/Fixture idea ';

const dayMs = 24 * 60 * 60 * 1000;
const pad = (value: number, width: number) => String(value).padStart(width, '0');

function largeIndex(now: Date): CorpusRevision {
  const links = Array.from({ length: largeIndexLinkCount }, (_, index) => {
    const number = pad(index + 1, 3);
    return `* [[Grants:Project/Fixture grant ${number}|Fixture grant ${number}]]`;
  });
  return {
    title: largeIndexTitle,
    text: [
      'Generated fixture: an index of grant pages, long enough that reading its links needs API continuation.',
      'Start at [[Grants:Start]].',
      '',
      ...links,
    ].join('\n'),
    author: 'Example Archivist',
    timestamp: new Date(Math.floor((now.getTime() - 30 * dayMs) / 1000) * 1000),
    comment: 'Generated index for continuation tests',
  };
}

function idea(number: number): CorpusRevision {
  return {
    title: `${generatedIdeaTitlePrefix}${pad(number, 2)}`,
    text: [
      `Generated fixture idea ${number}: a volunteer proposal parked in the IdeaLab.`,
      'It would have asked for a [[Grants:Project/Rapid|Rapid Grant]]; see [[Grants:IdeaLab]].',
      '',
      `[[${generatedIdeaCategory}]]`,
    ].join('\n'),
    author: 'Example Volunteer',
    timestamp: new Date(Date.UTC(2015, 0, 1 + number, 12)),
    comment: 'Generated idea for continuation tests',
  };
}

/** Pages made at seed time instead of being stored as hundreds of fixture files. */
export function generatedRevisions(now: Date): CorpusRevision[] {
  return [largeIndex(now), ...Array.from({ length: generatedIdeaCount }, (_, index) => idea(index + 1))];
}
