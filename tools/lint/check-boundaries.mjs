// Proves the module-boundary lint still bites: probe files that break the rules must fail
// ESLint with the boundary errors. Run by `npm test`.
import { rmSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';

const probes = [
  {
    file: 'libs/web/ui/src/boundary-probe.ts',
    code: "import { loadConfig } from '@bina-pustaka/api-platform';\nimport { Module } from '@nestjs/common';\nexport const probe = [loadConfig, Module];\n",
    expect: [
      'can only depend on libs tagged with "scope:web", "scope:shared"',
      'is not allowed to import "@nestjs/common"',
    ],
  },
  {
    file: 'libs/shared/util/src/boundary-probe.ts',
    code: "import { Component } from '@angular/core';\nimport { DataSource } from 'typeorm';\nexport const probe = [Component, DataSource];\n",
    expect: ['is not allowed to import "@angular/core"', 'is not allowed to import "typeorm"'],
  },
];

const eslint = new ESLint();
let failed = false;
for (const probe of probes) {
  writeFileSync(probe.file, probe.code);
  try {
    const [result] = await eslint.lintFiles([probe.file]);
    const messages = result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
    for (const expected of probe.expect) {
      if (!messages.some((m) => m.includes(expected))) {
        console.error(
          `Boundary not enforced in ${probe.file}: expected an error containing\n  ${expected}\ngot:\n  ${messages.join('\n  ') || '(none)'}`,
        );
        failed = true;
      }
    }
  } finally {
    rmSync(probe.file, { force: true });
  }
}
if (failed) process.exit(1);
console.log(`Module boundaries enforced (${probes.length} probes refused as expected).`);
