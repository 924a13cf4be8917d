import { auditMessages } from './audit.messages';

describe('audit messages', () => {
  it('define the same keys in Indonesian and English', () => {
    expect(Object.keys(auditMessages.en).sort()).toEqual(Object.keys(auditMessages.id).sort());
  });
});
