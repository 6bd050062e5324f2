import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every public option is documented: each member of an exported `…Props`, `…Options` or `…Config`
 * type carries JSDoc, and each optional member that is not a callback says its `@default` (a callback's
 * default is "not called", which says nothing). Members inherited from React's DOM attribute types are
 * React's to document. Read from the entry points through the compiler, so a new option on any public
 * type is held to the same rule the day it is added.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRIES = ['src/index.ts', 'src/react/index.ts', 'src/query/index.ts', 'src/forms/index.ts'];
const OPTION_TYPE = /(?:Props|Options|Config)$/;

function undocumentedOptions(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const program = ts.createProgram(
    ENTRIES.map((entry) => path.join(root, entry)),
    { ...config!.options, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const problems = new Set<string>();
  for (const entry of ENTRIES) {
    const file = program.getSourceFile(path.join(root, entry));
    const module = file && checker.getSymbolAtLocation(file);
    if (!module) {
      problems.add(`${entry}: not found`);
      continue;
    }
    for (const exported of checker.getExportsOfModule(module)) {
      if (!OPTION_TYPE.test(exported.name)) continue;
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) continue;
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      for (const member of checker.getPropertiesOfType(type)) {
        const declaration = member.declarations?.[0];
        if (!declaration || declaration.getSourceFile().fileName.includes('node_modules')) continue;
        const name = `${exported.name}.${member.name}`;
        if (!ts.displayPartsToString(member.getDocumentationComment(checker)).trim()) problems.add(`${name}: no JSDoc`);
        const optional = (member.flags & ts.SymbolFlags.Optional) !== 0;
        const memberType = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(member, declaration));
        const callback = memberType.getCallSignatures().length > 0;
        if (optional && !callback && !member.getJsDocTags(checker).some((tag) => tag.name === 'default'))
          problems.add(`${name}: no @default`);
      }
    }
  }
  return [...problems].sort();
}

describe('public options', () => {
  it('are each documented, and say their default when they may be left out', { timeout: 60_000 }, () => {
    expect(undocumentedOptions()).toEqual([]);
  });
});
