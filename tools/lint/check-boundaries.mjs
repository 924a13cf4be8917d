// Proves the module-boundary and import-cycle lint still bite: probe files that break the
// rules must fail ESLint with those errors (a resolver misconfigured makes no-cycle find
// nothing, silently). Run by `npm run lint`.
import { rmSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';

const probes = [
  {
    file: 'libs/shared/util/src/cycle-probe-a.ts',
    code: "import { b } from './cycle-probe-b';\nexport const a = (): unknown => b;\n",
    also: {
      file: 'libs/shared/util/src/cycle-probe-b.ts',
      code: "import { a } from './cycle-probe-a';\nexport const b = (): unknown => a;\n",
    },
    rule: 'import-x/no-cycle',
    expect: ['Dependency cycle'],
  },
  {
    file: 'libs/web/ui/src/boundary-probe.ts',
    code: "import { loadConfig } from '@bina-pustaka/api-platform';\nimport { Module } from '@nestjs/common';\nexport const probe = [loadConfig, Module];\n",
    rule: '@nx/enforce-module-boundaries',
    expect: [
      'can only depend on libs tagged with "scope:web", "scope:shared"',
      'is not allowed to import "@nestjs/common"',
    ],
  },
  {
    file: 'libs/shared/util/src/boundary-probe.ts',
    code: "import { Component } from '@angular/core';\nimport { DataSource } from 'typeorm';\nexport const probe = [Component, DataSource];\n",
    rule: '@nx/enforce-module-boundaries',
    expect: ['is not allowed to import "@angular/core"', 'is not allowed to import "typeorm"'],
  },
];

const eslint = new ESLint();
let failed = false;
for (const probe of probes) {
  writeFileSync(probe.file, probe.code);
  if (probe.also) writeFileSync(probe.also.file, probe.also.code);
  try {
    const [result] = await eslint.lintFiles([probe.file]);
    const messages = result.messages.filter((m) => m.ruleId === probe.rule).map((m) => m.message);
    for (const expected of probe.expect) {
      if (!messages.some((m) => m.includes(expected))) {
        console.error(
          `${probe.rule} not enforced in ${probe.file}: expected an error containing\n  ${expected}\ngot:\n  ${messages.join('\n  ') || '(none)'}`,
        );
        failed = true;
      }
    }
  } finally {
    rmSync(probe.file, { force: true });
    if (probe.also) rmSync(probe.also.file, { force: true });
  }
}
if (failed) process.exit(1);
console.log(`Module boundaries and import cycles enforced (${probes.length} probes refused as expected).`);
