/**
 * Where Danlu lives: its GitHub repository publishes the releases the app updates from, and
 * takes problem reports. package.json's repository and electron-builder.yml's publish name the
 * same (a test holds them together).
 */
export const PROJECT = {
  owner: 'danlu',
  repo: 'danlu',
  newIssue: 'https://github.com/danlu/danlu/issues/new',
} as const;
