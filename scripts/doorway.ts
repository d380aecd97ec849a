// `pnpm doorway …`: one command for authors and administrators. Account and LMS package commands
// live in the API package (they need its database or the web build); everything else is the scenarios package's authoring CLI.
const [command, ...rest] = process.argv.slice(2);
if (command === 'users') {
  const { usersMain } = await import('../packages/api/src/cli/users-main');
  process.exitCode = await usersMain(rest);
} else if (command === 'package') {
  const { packageMain } = await import('../packages/api/src/cli/package-main');
  process.exitCode = await packageMain(rest);
} else if (command === 'org') {
  const { orgMain } = await import('../packages/api/src/cli/users-main');
  process.exitCode = await orgMain(rest);
} else {
  await import('../packages/scenarios/src/cli/main');
}

export {};
